// Importing contacts from a spreadsheet: columns map themselves, rows are checked before anything
// is written, a re-import updates instead of duplicating, and an import can be undone completely.
#include "core/common/validation_error.h"
#include "core/imports/contact_import.h"
#include "core/imports/import_history.h"
#include "core/io/text_decoding.h"
#include "datasets.h"
#include "test_world.h"

#include <doctest/doctest.h>

#include <variant>

using namespace satchel;
using namespace satchel::imports;

namespace {

ImportFile open(const std::string& text, const std::string& name = "people.csv") {
    auto file = openImportFile(name, text);
    if (auto* p = std::get_if<FileProblem>(&file)) FAIL("cannot open: " << p->message());
    return std::get<ImportFile>(std::move(file));
}

ContactImportOptions suggested(TestWorld& w, const ImportFile& file) {
    std::vector<std::pair<std::int64_t, std::string>> custom;
    for (const auto& f : w.ws.customFields().fields("contact")) custom.emplace_back(f.id, f.name);
    return {.columns = suggestColumns(file.header, custom)};
}

// Every row a person could see change, as text: the state an undo must return to.
std::string snapshot(TestWorld& w) {
    std::string out;
    for (const char* sql : {"SELECT * FROM contacts ORDER BY id", "SELECT * FROM companies ORDER BY id",
                            "SELECT * FROM contact_channels ORDER BY id", "SELECT * FROM contact_tags ORDER BY 1, 2",
                            "SELECT * FROM tags ORDER BY id", "SELECT * FROM custom_fields ORDER BY id",
                            "SELECT * FROM custom_values ORDER BY 1, 2", "SELECT id, name FROM users ORDER BY id"}) {
        auto stmt = w.ws.database().prepare(sql);
        while (stmt.step()) {
            for (int c = 0; c < stmt.columnCount(); ++c) out += (stmt.columnIsNull(c) ? "∅" : stmt.columnText(c)) + "|";
            out += "\n";
        }
        out += "--\n";
    }
    return out;
}

std::int64_t count(TestWorld& w, const char* sql) {
    auto stmt = w.ws.database().prepare(sql);
    stmt.step();
    return stmt.columnInt64(0);
}

} // namespace

TEST_CASE("import: Chinese and English headers map to contact fields by themselves") {
    const std::vector<std::string> header{"姓名",   "邮箱", "手机", "公司",     "E-mail",
                                          "Mobile", "职位", "标签", "Shoe size"};
    const auto columns = suggestColumns(header, {{7, "shoe size"}});
    CHECK(columns[0].field == ContactField::Name);
    CHECK(columns[1].field == ContactField::Email);
    CHECK(columns[2].field == ContactField::Phone);
    CHECK(columns[3].field == ContactField::Company);
    CHECK(columns[4].field == ContactField::Email); // a second email column: extra emails
    CHECK(columns[5].field == ContactField::Phone);
    CHECK(columns[6].field == ContactField::Title);
    CHECK(columns[7].field == ContactField::Tags);
    CHECK(columns[8] == ColumnTarget{ContactField::Custom, 7});
}

TEST_CASE("import: Salesforce, HubSpot and Pipedrive export headers map with no edits") {
    const auto sf = suggestColumns({"Id", "AccountId", "LastName", "FirstName", "Name", "MailingStreet", "MailingCity",
                                    "MailingCountry", "Phone", "MobilePhone", "Email", "Title", "LeadSource",
                                    "Description", "OwnerId"});
    CHECK(sf[0].field == ContactField::Ignore); // Salesforce's id is not ours
    CHECK(sf[1].field == ContactField::Ignore);
    CHECK(sf[2].field == ContactField::LastName);
    CHECK(sf[3].field == ContactField::FirstName);
    CHECK(sf[4].field == ContactField::Name);
    CHECK(sf[5].field == ContactField::Address);
    CHECK(sf[6].field == ContactField::City);
    CHECK(sf[7].field == ContactField::Country);
    CHECK(sf[8].field == ContactField::Phone);
    CHECK(sf[9].field == ContactField::Phone);
    CHECK(sf[10].field == ContactField::Email);
    CHECK(sf[11].field == ContactField::Title);
    CHECK(sf[12].field == ContactField::Source);
    CHECK(sf[13].field == ContactField::Notes);
    CHECK(sf[14].field == ContactField::Ignore);

    const auto hs =
        suggestColumns({"Record ID", "First Name", "Last Name", "Email", "Phone Number", "Job Title", "Company Name",
                        "Lifecycle Stage", "Contact owner", "Country/Region", "Website URL"});
    CHECK(hs[0].field == ContactField::Ignore);
    CHECK(hs[4].field == ContactField::Phone);
    CHECK(hs[5].field == ContactField::Title);
    CHECK(hs[6].field == ContactField::Company);
    CHECK(hs[7].field == ContactField::Lifecycle);
    CHECK(hs[8].field == ContactField::Owner);
    CHECK(hs[9].field == ContactField::Country);
    CHECK(hs[10].field == ContactField::CompanyDomain);

    const auto pd = suggestColumns({"Person - Name", "Person - Email - Work", "Person - Phone - Mobile",
                                    "Person - Organization", "Person - Owner", "Person - Labels"});
    CHECK(pd[0].field == ContactField::Name);
    CHECK(pd[1].field == ContactField::Email);
    CHECK(pd[2].field == ContactField::Phone);
    CHECK(pd[3].field == ContactField::Company);
    CHECK(pd[4].field == ContactField::Owner);
    CHECK(pd[5].field == ContactField::Tags);
}

TEST_CASE("import: a GBK file from Chinese Excel is planned with a report naming row, column and reason") {
    TestWorld w;
    const std::string utf8 = "姓名,邮箱,电话,公司,生命周期\r\n"
                             "王小明,wang@EXAMPLE.cn,138 0013 8000,星辰科技,客户\r\n"
                             "李\u3000娜 ,li.na@example,139 0000 0000,星辰科技,潜在客户\r\n"
                             "张伟,zhang@example.cn,call me,,\r\n"
                             ",nobody@example.cn,,,\r\n"
                             "Zoë Lefèvre 😀,zoe@example.fr,+33 1 23 45 67 89,Café Ünïcode,lead\r\n";
    const auto gbk = std::get<std::string>(io::encodeFromUtf8(utf8.substr(0, utf8.find("Zoë")), io::Encoding::Gb18030));
    const auto file = open(gbk);
    CHECK(file.encoding == io::Encoding::Gb18030);
    CHECK(file.header == std::vector<std::string>{"姓名", "邮箱", "电话", "公司", "生命周期"});

    ContactImport plan(w.ws, file, suggested(w, file));
    CHECK(plan.runToEnd(true) == ContactImport::Phase::Planned);
    CHECK(plan.counts().rows == 4);
    CHECK(plan.counts().create == 1);
    CHECK(plan.counts().reject == 3);
    CHECK(plan.counts().companiesCreated == 1);
    REQUIRE(plan.problems().size() == 3);
    CHECK(plan.problems()[0].row == 2);
    CHECK(plan.problems()[0].line == 3);
    CHECK(plan.problems()[0].column == "邮箱");
    CHECK(plan.problems()[0].problem == Problem::EmailDomainShape);
    CHECK(plan.problems()[1].column == "电话");
    CHECK(plan.problems()[2].column == "姓名");
    CHECK(plan.problems()[2].problem == Problem::Required);
    REQUIRE(plan.preview().size() == 4);
    CHECK(plan.preview()[0].contact.email == "wang@example.cn"); // the domain lower-cased
    CHECK(plan.preview()[0].contact.phone == "13800138000");     // no default country: digits only
    CHECK(plan.preview()[0].contact.lifecycle == "customer");
    CHECK(plan.reportCsv().find("2,3,邮箱,li.na@example,") != std::string::npos);
    CHECK(w.ws.contacts().count() == 0); // a plan writes nothing
}

TEST_CASE("import: valid rows are written, a re-import updates them, and undo restores the database exactly") {
    TestWorld w;
    const auto kept = w.ws.contacts().add({.name = "Ann Lee", .email = "ann@example.com", .city = "Leeds"});
    w.ws.tags().setTags(tags::Target::Contact, kept, {"VIP"});
    const std::string before = snapshot(w);

    const auto first = open("Name,Email,City,Company,Tags\n"
                            "王小明,wang@example.cn,北京,星辰科技,\"VIP, 新客户\"\n"
                            "Zoë 😀,zoe@example.fr,Paris,Café Ünïcode,\n"
                            "ANN LEE,ANN@example.com,York,,\n"
                            "bad,not-an-email,,,\n");
    ContactImport one(w.ws, first, suggested(w, first));
    CHECK(one.runToEnd() == ContactImport::Phase::Done);
    CHECK(one.counts().create == 2);
    CHECK(one.counts().update == 1);
    CHECK(one.counts().reject == 1);
    CHECK(w.ws.contacts().count() == 3);
    CHECK(w.ws.contacts().get(kept)->city == "York");
    CHECK(w.ws.contacts().get(kept)->name == "ANN LEE");
    CHECK(w.ws.search().search("王小明", 5).size() == 1);

    w.advance(TestWorld::kHour);
    const std::string afterFirst = snapshot(w);
    const auto second = open("Name,Email,City\n王小明,wang@example.cn,上海\nZoë 😀,ZOE@example.fr,Lyon\n");
    ContactImport two(w.ws, second, suggested(w, second));
    CHECK(two.runToEnd() == ContactImport::Phase::Done);
    CHECK(two.counts().update == 2);
    CHECK(two.counts().create == 0);

    w.advance(TestWorld::kHour);
    CHECK(undoConflicts(w.ws, two.importId()).empty());
    const UndoResult undoTwo = undoImport(w.ws, two.importId());
    CHECK(undoTwo.restored == 2);
    CHECK(undoTwo.kept.empty());
    CHECK(snapshot(w) == afterFirst);

    const UndoResult undoOne = undoImport(w.ws, one.importId());
    CHECK(undoOne.removed == 2);
    CHECK(undoOne.restored == 1);
    CHECK(undoOne.kept.empty());
    CHECK(snapshot(w) == before);
    CHECK(w.ws.search().search("王小明", 5).empty());
    CHECK_THROWS_AS(undoImport(w.ws, one.importId()), ValidationError);
    CHECK(listImports(w.ws).size() == 2);
    CHECK(listImports(w.ws).front().undoneAt.has_value());
}

TEST_CASE("import: undo keeps records edited since the import and lists them, unless told to overwrite") {
    TestWorld w;
    const auto ann = w.ws.contacts().add({.name = "Ann Lee", .email = "ann@example.com", .city = "Leeds"});
    const auto file = open("Name,Email,City\nAnn Lee,ann@example.com,York\nBo Wu,bo@example.com,Xi'an\n");
    ContactImport job(w.ws, file, suggested(w, file));
    REQUIRE(job.runToEnd() == ContactImport::Phase::Done);
    w.advance(TestWorld::kHour);
    auto annNow = *w.ws.contacts().get(ann);
    w.ws.contacts().update(ann, {.name = annNow.name, .email = annNow.email, .city = "Hull"});
    const auto bo = w.ws.contacts().list(10).front().name == "Ann Lee" ? w.ws.contacts().list(10)[1].id
                                                                       : w.ws.contacts().list(10)[0].id;
    w.ws.activities().log({.kind = "call", .subject = "Hello", .contactId = bo});

    const auto conflicts = undoConflicts(w.ws, job.importId());
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts[0].entity == "contact");
    const UndoResult result = undoImport(w.ws, job.importId());
    CHECK(result.kept.size() == 2);
    CHECK(result.removed == 0);
    CHECK(w.ws.contacts().get(ann)->city == "Hull"); // the edit made after the import stays
    CHECK(w.ws.contacts().get(bo).has_value());
}

TEST_CASE("import: rows repeating a key within one file merge into one contact") {
    TestWorld w;
    const auto file =
        open("Name,Email,Phone,City\nAnn Lee,ann@example.com,,Leeds\nAnn,ANN@example.com,+44 113 496 0000,\n"
             "Bo Wu,,010-8888 1234,\nBo W.,bo@example.com,010 8888 1234,Beijing\n");
    ContactImport job(w.ws, file, suggested(w, file));
    REQUIRE(job.runToEnd() == ContactImport::Phase::Done);
    CHECK(job.counts().create == 2);
    CHECK(job.counts().merge == 2);
    CHECK(w.ws.contacts().count() == 2);
    const auto people = w.ws.contacts().list(10);
    CHECK(people[0].name == "Ann");
    CHECK(people[0].city == "Leeds");
    CHECK(people[0].phone == "+441134960000");
    CHECK(people[1].email == "bo@example.com");
    CHECK(people[1].city == "Beijing");
}

TEST_CASE("import: match by our own id, skip matches, or add duplicates on purpose") {
    TestWorld w;
    const auto ann = w.contact("Ann Lee", "ann@example.com");
    const auto byId = open("Satchel ID,Name\n" + std::to_string(ann) + ",Ann Lee-Smith\n999,New Person\n");
    ContactImportOptions options = suggested(w, byId);
    options.match = MatchBy::Id;
    ContactImport job(w.ws, byId, options);
    REQUIRE(job.runToEnd() == ContactImport::Phase::Done);
    CHECK(job.counts().update == 1);
    CHECK(job.counts().create == 1);
    CHECK(w.ws.contacts().get(ann)->name == "Ann Lee-Smith");

    const auto again = open("Name,Email\nAnn,ann@example.com\n");
    ContactImportOptions skip = suggested(w, again);
    skip.onMatch = OnMatch::Skip;
    ContactImport skipping(w.ws, again, skip);
    CHECK(skipping.runToEnd() == ContactImport::Phase::Planned); // nothing to write
    CHECK(skipping.counts().skip == 1);
    ContactImportOptions dup = suggested(w, again);
    dup.onMatch = OnMatch::Duplicate;
    ContactImport duplicating(w.ws, again, dup);
    CHECK(duplicating.runToEnd() == ContactImport::Phase::Done);
    CHECK(w.ws.contacts().count() == 3);
}

TEST_CASE("import: cancelling while writing leaves the database exactly as it was") {
    TestWorld w;
    w.contact("Ann Lee", "ann@example.com");
    const std::string before = snapshot(w);
    std::string text = "Name,Email,Company,Tags\n";
    for (int i = 0; i < 3000; ++i)
        text += "Person " + std::to_string(i) + ",p" + std::to_string(i) + "@example.com,Firm " +
                std::to_string(i % 7) + ",t" + std::to_string(i % 3) + "\n";
    const auto file = open(text);
    ContactImport job(w.ws, file, suggested(w, file));
    while (job.step(std::chrono::hours(1))) {
    }
    REQUIRE(job.start());
    CHECK(job.step(std::chrono::nanoseconds(1))); // a few rows, then more to do
    CHECK(job.phase() == ContactImport::Phase::Writing);
    job.cancel();
    CHECK(job.phase() == ContactImport::Phase::Cancelled);
    CHECK(snapshot(w) == before);
    CHECK(listImports(w.ws).empty());
}

TEST_CASE("import: new custom fields, owners and companies are made, and undone with the import") {
    TestWorld w;
    const std::string before = snapshot(w);
    const auto file = open("Name,Owner,Company,Website,Shoe size\nAnn,Mia Chen,Acme,https://www.acme.com/x,38\n"
                           "Bo,Mia Chen,ACME Ltd,acme.com,41\n");
    ContactImportOptions options = suggested(w, file);
    options.columns[4] = {ContactField::NewCustom, 0, "Shoe size"};
    ContactImport job(w.ws, file, options);
    REQUIRE(job.runToEnd() == ContactImport::Phase::Done);
    CHECK(job.counts().companiesCreated == 1); // the second row finds the first's company by domain
    CHECK(w.ws.team().members().size() == 1);
    const auto fields = w.ws.customFields().fields("contact");
    REQUIRE(fields.size() == 1);
    CHECK(count(w, "SELECT count(*) FROM custom_values") == 2);
    w.advance(TestWorld::kHour);
    undoImport(w.ws, job.importId());
    CHECK(snapshot(w) == before);
}

TEST_CASE("import: the mapping chosen for a header is offered again when the header comes back") {
    TestWorld w;
    const auto file = open("Full Name,Mail,Notiz\nAnn,ann@example.com,hello\n");
    ContactImportOptions options = suggested(w, file);
    CHECK(options.columns[2].field == ContactField::Ignore);
    options.columns[2] = {ContactField::Notes};
    ContactImport job(w.ws, file, options);
    REQUIRE(job.runToEnd() == ContactImport::Phase::Done);
    const auto saved = savedMapping(w.ws, "contacts", {"Full name", "MAIL", "Notiz"});
    REQUIRE(saved);
    CHECK((*saved)[2].field == ContactField::Notes);
    CHECK_FALSE(savedMapping(w.ws, "contacts", {"Other"}));
}

TEST_CASE("import: bad files are refused as a whole with the reason") {
    CHECK(std::get<FileProblem>(openImportFile("e.csv", "")).reason == "the file is empty");
    TestWorld w;
    const auto headerOnly = open("Name,Email\r\n");
    ContactImport job(w.ws, headerOnly, suggested(w, headerOnly));
    CHECK(job.runToEnd() == ContactImport::Phase::Planned);
    CHECK(job.counts().rows == 0);
    CHECK_FALSE(job.start());

    const auto cut = open("Name,Notes\nAnn,\"never closed\n");
    ContactImport cutJob(w.ws, cut, suggested(w, cut));
    CHECK(cutJob.runToEnd() == ContactImport::Phase::Failed);
    CHECK(cutJob.failure() == "line 2: a quoted field is never closed");

    const auto ragged = open("Name,Email\nAnn,ann@example.com,extra\nBo\n");
    ContactImport raggedJob(w.ws, ragged, suggested(w, ragged));
    CHECK(raggedJob.runToEnd(true) == ContactImport::Phase::Planned);
    CHECK(raggedJob.counts().reject == 1); // a cell past the header's columns
    CHECK(raggedJob.counts().create == 1); // a short row is fine: the missing cells are empty
    CHECK(raggedJob.problems()[0].column.empty());
}

TEST_CASE("import: the Salesforce contact export imports with no edits (real data)") {
    const auto path = testing::dataset("salesforce_exports/sfdc_assets_data_cloud_workshop/Contact.csv");
    if (!path) {
        MESSAGE("skipped: ../shared/datasets/salesforce_exports is not here (or this is wasm)");
        return;
    }
    TestWorld w;
    const auto file = open(testing::readFile(*path), "Contact.csv");
    CHECK(file.header.front() == "Id"); // the BOM is gone
    ContactImport job(w.ws, file, suggested(w, file));
    REQUIRE(job.runToEnd() == ContactImport::Phase::Done);
    CHECK(job.counts().reject == 0);
    CHECK(job.counts().create + job.counts().merge == job.counts().rows);
    CHECK(w.ws.contacts().count() == job.counts().create);
}

TEST_CASE("import: undo puts back a stored contact the import gave a new company, tag and field") {
    TestWorld w;
    const auto ann = w.ws.contacts().add({.name = "Ann Lee", .email = "ann@example.com"});
    w.ws.tags().setTags(tags::Target::Contact, ann, {"vip"});
    const std::string before = snapshot(w);
    const auto file = open("Email,Company,Tags,Shoe size\nann@example.com,New Co,\"VIP, Fresh\",38\n");
    ContactImportOptions options = suggested(w, file);
    options.columns[3] = {ContactField::NewCustom, 0, "Shoe size"};
    ContactImport job(w.ws, file, options);
    REQUIRE(job.runToEnd() == ContactImport::Phase::Done);
    CHECK(job.counts().update == 1);
    CHECK(w.ws.contacts().get(ann)->companyId.has_value());
    CHECK(w.ws.tags().tagsOf(tags::Target::Contact, ann).size() == 2); // "VIP" is the "vip" there already
    w.advance(TestWorld::kHour);
    CHECK(undoConflicts(w.ws, job.importId()).empty());
    const UndoResult result = undoImport(w.ws, job.importId());
    CHECK(result.kept.empty());
    CHECK(result.restored == 1);
    CHECK(snapshot(w) == before); // the company, the new tag and the field are gone; "vip" stays
}

TEST_CASE("import: a company the import made stays on undo when someone logged a call against it since") {
    TestWorld w;
    const auto file = open("Name,Company\nAnn,Acme\n");
    ContactImport job(w.ws, file, suggested(w, file));
    REQUIRE(job.runToEnd() == ContactImport::Phase::Done);
    w.advance(TestWorld::kHour);
    const auto acme = w.ws.companies().list(5).front().id;
    w.ws.activities().log({.kind = "call", .subject = "Intro", .companyId = acme});
    const UndoResult result = undoImport(w.ws, job.importId());
    CHECK(result.removed == 1);
    REQUIRE(result.kept.size() == 1);
    CHECK(result.kept[0].name == "Acme");
    CHECK(w.ws.companies().get(acme).has_value());
    CHECK(count(w, "SELECT count(*) FROM activities") == 1);
}

TEST_CASE("import: an email match wins over a phone match, in the file as in the database") {
    TestWorld w;
    const auto bo = w.ws.contacts().add({.name = "Bo Wu", .email = "bo@example.com", .phone = "+86 10 8888 1234"});
    // Row 2 has row 1's email and Bo's phone: it is row 1's person, not Bo.
    const auto file = open("Name,Email,Phone\nAnn Lee,ann@example.com,\nAnn L.,ann@example.com,+86 10 8888 1234\n");
    ContactImport job(w.ws, file, suggested(w, file));
    REQUIRE(job.runToEnd() == ContactImport::Phase::Done);
    CHECK(job.counts().create == 1);
    CHECK(job.counts().merge == 1);
    CHECK(job.counts().update == 0);
    CHECK(w.ws.contacts().get(bo)->email == "bo@example.com");
    CHECK(count(w, "SELECT count(*) FROM contacts WHERE lower(email) = 'ann@example.com'") == 1);
}

TEST_CASE("import: cells the write would refuse are reported by the plan instead") {
    TestWorld w;
    const std::string longTag(51, 't');
    const auto file = open("Name,Website,Tags\nAnn,acme .com,\nBo,,\"" + longTag + "\"\nCy,cy.example,ok\n");
    ContactImport job(w.ws, file, suggested(w, file));
    CHECK(job.runToEnd() == ContactImport::Phase::Done);
    CHECK(job.counts().reject == 2);
    CHECK(job.counts().create == 1);
    REQUIRE(job.problems().size() == 2);
    CHECK(job.problems()[0].problem == Problem::DomainShape);
    CHECK(job.problems()[1].problem == Problem::TooLong);
}
