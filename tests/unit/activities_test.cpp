#include "core/common/time_format.h"
#include "core/common/validation_error.h"
#include "test_world.h"
#include "time_zone_guard.h"

#include <doctest/doctest.h>

using namespace satchel;

namespace {
std::vector<std::string> subjects(const std::vector<activities::Activity>& list) {
    std::vector<std::string> out;
    for (const auto& a : list) out.push_back(a.subject);
    return out;
}
} // namespace

TEST_CASE("tasks are sorted into overdue, due today and upcoming; done tasks drop out") {
    TimeZoneGuard zone("UTC");
    TestWorld w; // now: 10:00 UTC
    const auto c = w.contact("Ann");
    auto task = [&](const char* subject, std::int64_t due) {
        return w.ws.activities().log({.kind = "task", .subject = subject, .dueAt = due, .contactId = c});
    };
    const auto late = task("Send quote", TestWorld::kStart - TestWorld::kDay);
    task("Call back", TestWorld::kStart + 3 * TestWorld::kHour);
    task("Renewal prep", TestWorld::kStart + 2 * TestWorld::kDay);
    task("Far away", TestWorld::kStart + 30 * TestWorld::kDay);
    auto& a = w.ws.activities();
    CHECK(subjects(a.overdueTasks(*w.now)) == std::vector<std::string>{"Send quote"});
    CHECK(subjects(a.dueToday(*w.now)) == std::vector<std::string>{"Call back"});
    CHECK(subjects(a.upcomingTasks(*w.now, 7)) == std::vector<std::string>{"Renewal prep"});
    a.complete(late);
    CHECK(a.overdueTasks(*w.now).empty());
    CHECK(a.get(late)->doneAt == *w.now);
    a.reopen(late);
    CHECK(a.overdueTasks(*w.now).size() == 1);
}

TEST_CASE("calls, meetings and notes are logged against a record and listed newest first") {
    TestWorld w;
    const auto c = w.contact("Ann");
    const auto co = w.ws.companies().add({"Acme"});
    const auto deal = w.ws.deals().create({.title = "Big one", .amount = {100, "USD"}, .companyId = co});
    w.ws.activities().log(
        {.kind = "call", .subject = "Intro call", .durationMin = 15, .outcome = "interested", .contactId = c});
    w.advance(TestWorld::kHour);
    w.ws.activities().log({.kind = "meeting", .subject = "Demo", .contactId = c, .companyId = co, .dealId = deal});
    CHECK(subjects(w.ws.activities().forContact(c)) == std::vector<std::string>{"Demo", "Intro call"});
    CHECK(subjects(w.ws.activities().forCompany(co)) == std::vector<std::string>{"Demo"});
    CHECK(subjects(w.ws.activities().forDeal(deal)) == std::vector<std::string>{"Demo"});
    CHECK(w.ws.activities().forContact(c)[1].durationMin == 15);
}

TEST_CASE("an activity without a link, a task without a due time or an unknown kind is refused") {
    TestWorld w;
    const auto c = w.contact("Ann");
    CHECK_THROWS_WITH_AS(w.ws.activities().log({.kind = "call", .subject = "Lost call"}),
                         "link: an activity belongs to a contact, a company or a deal", ValidationError);
    CHECK_THROWS_WITH_AS(w.ws.activities().log({.kind = "task", .subject = "Someday", .contactId = c}),
                         "due: a task needs a due time", ValidationError);
    CHECK_THROWS_AS(w.ws.activities().log({.kind = "fax", .subject = "x", .contactId = c}), ValidationError);
    CHECK_THROWS_AS(w.ws.activities().complete(12345), ValidationError);
}

TEST_CASE("a local day runs from local midnight to the next, across a daylight-saving change") {
    TimeZoneGuard zone("Europe/London");
    // 2026-03-29 is 23 hours long in London (clocks go forward at 01:00 UTC).
    const auto day = localDay(1'774'778'400'000); // 2026-03-29 10:00 UTC
    const bool haveZone = day.end - day.start != TestWorld::kDay;
    if (haveZone)
        CHECK(day.end - day.start == 23 * TestWorld::kHour);
    else
        MESSAGE("no tz database for Europe/London here; checked only that days are 24 h in UTC");
    zone.set("UTC");
    const auto utc = localDay(1'774'778'400'000);
    CHECK(utc.start == 1'774'742'400'000);
    CHECK(utc.end - utc.start == TestWorld::kDay);
}
