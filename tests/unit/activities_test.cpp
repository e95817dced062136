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

TEST_CASE("a call or meeting scheduled ahead is planned like a task: due, open until done, with its duration") {
    TestWorld w;
    auto& a = w.ws.activities();
    const auto contact = w.contact("Ana");
    const auto deal = w.ws.deals().create({.title = "Pilot", .amount = {1, "USD"}});
    const auto call = a.log({.kind = "call",
                             .subject = "Discovery call",
                             .durationMin = 30,
                             .dueAt = w.kStart + 2 * TestWorld::kHour,
                             .contactId = contact});
    const auto meeting = a.log({.kind = "meeting",
                                .subject = "Demo 演示",
                                .durationMin = 60,
                                .dueAt = w.kStart + 3 * TestWorld::kDay,
                                .dealId = deal});
    CHECK_FALSE(a.get(call)->occurredAt); // it has not happened yet
    CHECK(subjects(a.dueToday(w.kStart)) == std::vector<std::string>{"Discovery call"});
    CHECK(subjects(a.upcomingTasks(w.kStart, 7)) == std::vector<std::string>{"Demo 演示"});
    CHECK(a.forDeal(deal).size() == 1);
    a.complete(call);
    CHECK(a.dueToday(w.kStart).empty());
    CHECK(a.get(call)->doneAt == w.kStart);
    CHECK(a.get(meeting)->durationMin == 60);
    // A call logged as it happened is not planned: it cannot be completed.
    const auto logged = a.log({.kind = "call", .subject = "Quick chat", .contactId = contact});
    CHECK_THROWS_AS(a.complete(logged), ValidationError);
}

TEST_CASE("an activity can be edited: time, duration, subject and links; a refused edit changes nothing") {
    TestWorld w;
    auto& a = w.ws.activities();
    const auto ana = w.contact("Ana");
    const auto bo = w.contact("Bo");
    const auto id =
        a.log({.kind = "meeting", .subject = "Kick-off", .dueAt = w.kStart + TestWorld::kDay, .contactId = ana});
    a.update(id, {.kind = "call",
                  .subject = "Kick-off call 😀",
                  .durationMin = 45,
                  .dueAt = w.kStart + 2 * TestWorld::kDay,
                  .contactId = bo});
    const auto got = a.get(id);
    CHECK(got->kind == "call");
    CHECK(got->subject == "Kick-off call 😀");
    CHECK(got->durationMin == 45);
    CHECK(got->dueAt == w.kStart + 2 * TestWorld::kDay);
    CHECK(got->contactId == bo);
    CHECK_THROWS_AS(a.update(id, {.kind = "call", .subject = "", .dueAt = w.kStart, .contactId = bo}), ValidationError);
    CHECK(a.get(id)->subject == "Kick-off call 😀");
    CHECK_THROWS_AS(a.update(999, {.kind = "call", .subject = "x", .contactId = bo}), ValidationError);
}

TEST_CASE("a reminder comes due at its time, can be snoozed or dismissed, and stops once the activity is done") {
    TestWorld w;
    auto& a = w.ws.activities();
    const auto ana = w.contact("Ana");
    const auto due = w.kStart + TestWorld::kHour;
    const auto id =
        a.log({.kind = "call", .subject = "Call Ana", .dueAt = due, .remindAt = due - 15 * 60'000, .contactId = ana});
    a.log({.kind = "task", .subject = "No reminder", .dueAt = due, .contactId = ana});
    // A reminder on something not planned is dropped.
    const auto logged = a.log({.kind = "call", .subject = "Logged", .remindAt = due, .contactId = ana});
    CHECK_FALSE(a.get(logged)->remindAt);

    CHECK(a.remindersDue(due - 16 * 60'000).empty());
    REQUIRE(subjects(a.remindersDue(due - 15 * 60'000)) == std::vector<std::string>{"Call Ana"});
    a.snoozeReminder(id, due - 5 * 60'000);
    CHECK(a.remindersDue(due - 10 * 60'000).empty());
    CHECK(a.remindersDue(due - 5 * 60'000).size() == 1);
    a.dismissReminder(id);
    CHECK(a.remindersDue(due + TestWorld::kDay).empty());

    a.snoozeReminder(id, due);
    a.complete(id);
    CHECK(a.remindersDue(due + TestWorld::kDay).empty());
}

TEST_CASE("a date and time typed by a person are read in the local zone; anything else is refused by name") {
    TimeZoneGuard zone("Asia/Shanghai");
    // Without a tz database (wasm under node) the zone stays UTC: the same checks, eight hours apart.
    const bool zoneKnown = localTime(TestWorld::kStart) == "18:00";
    if (!zoneKnown) MESSAGE("no tz database for Asia/Shanghai here; checked UTC");
    const std::int64_t offset = zoneKnown ? 8 * TestWorld::kHour : 0;
    CHECK(parseLocalDateTime("2026-03-02", zoneKnown ? "18:00" : "10:00", "date", "time") == TestWorld::kStart);
    const std::int64_t midnight = TestWorld::kStart - 10 * TestWorld::kHour - offset;
    CHECK(parseLocalDateTime("2026-3-2", "", "date", "time") == midnight);
    CHECK(parseLocalDate(" 2026-03-02 ", "date") == midnight);
    CHECK(parseLocalDateTime("2026-03-02", "9:05", "date", "time") == midnight + 9 * TestWorld::kHour + 5 * 60'000);
    CHECK_THROWS_WITH_AS(parseLocalDateTime("2026-03-02", "25:00", "date", "time"), "time: must be a time like 14:30",
                         ValidationError);
    CHECK_THROWS_WITH_AS(parseLocalDateTime("2026-03-02", "9", "date", "time"), "time: must be a time like 14:30",
                         ValidationError);
    CHECK_THROWS_WITH_AS(parseLocalDate("2026-02-30", "close"), "close: must be a date like 2026-03-31",
                         ValidationError);
    CHECK_THROWS_AS(parseLocalDate("tomorrow", "close"), ValidationError);
    CHECK_THROWS_AS(parseLocalDate("1900-01-01", "close"), ValidationError);
}

TEST_CASE("an edit keeps an activity done or reopens it as the draft says, in one step; what happened stays so") {
    TestWorld w;
    auto& a = w.ws.activities();
    const auto ana = w.contact("Ana");
    const auto planned = a.log({.kind = "call",
                                .subject = "Planned",
                                .dueAt = w.kStart + TestWorld::kHour,
                                .priority = "high",
                                .contactId = ana,
                                .done = true});
    CHECK(a.get(planned)->doneAt == w.kStart);
    w.advance(TestWorld::kDay);
    a.update(planned, {.kind = "call",
                       .subject = "Planned, renamed",
                       .dueAt = w.kStart + TestWorld::kHour,
                       .priority = "high",
                       .contactId = ana,
                       .done = true});
    CHECK(a.get(planned)->doneAt == w.kStart); // done when it was done, not when edited
    a.update(planned, {.kind = "call",
                       .subject = "Planned, renamed",
                       .dueAt = w.kStart + TestWorld::kHour,
                       .priority = "high",
                       .contactId = ana});
    CHECK_FALSE(a.get(planned)->doneAt);

    const auto logged = a.log({.kind = "call", .subject = "Chat", .outcome = "wants a demo", .contactId = ana});
    const auto at = *a.get(logged)->occurredAt;
    a.update(logged,
             {.kind = "call", .subject = "Chat 2", .occurredAt = at, .outcome = "wants a demo", .contactId = ana});
    const auto after = a.get(logged);
    CHECK(after->occurredAt == at);
    CHECK_FALSE(after->dueAt);
    CHECK_FALSE(after->doneAt);
    CHECK(after->outcome == "wants a demo");
    // It never turns into something to do; the reopened call is.
    CHECK(subjects(a.overdueTasks(at + TestWorld::kDay)) == std::vector<std::string>{"Planned, renamed"});
}
