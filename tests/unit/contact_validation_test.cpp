#include "core/common/validation_error.h"
#include "core/contacts/contact_validation.h"

#include <doctest/doctest.h>

using namespace satchel::contacts;
using satchel::ValidationError;

namespace {
std::string rejectedField(const ContactDraft& d) {
    try {
        validated(d);
    } catch (const ValidationError& e) {
        return e.field();
    }
    return "";
}
} // namespace

TEST_CASE("a contact needs a name; blanks do not count") {
    CHECK(rejectedField({"", "a@b.co", ""}) == "name");
    CHECK(rejectedField({"   ", "", ""}) == "name");
    CHECK(rejectedField({"张三", "", ""}) == "");
}

TEST_CASE("an invalid email is rejected with a message naming the field and the reason") {
    try {
        validated({"Ann", "ann.example.com", ""});
        FAIL("should have been rejected");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "email");
        CHECK(std::string(e.what()) == "email: needs an @, like name@example.com");
    }
    CHECK(rejectedField({"Ann", "ann@", ""}) == "email");
    CHECK(rejectedField({"Ann", "@example.com", ""}) == "email");
    CHECK(rejectedField({"Ann", "ann@example", ""}) == "email");
    CHECK(rejectedField({"Ann", "ann smith@example.com", ""}) == "email");
    CHECK(rejectedField({"Ann", "ann@@example.com", ""}) == "email");
}

TEST_CASE("emails are trimmed and their domain lower-cased; internationalised domains pass") {
    CHECK(validated({"Ann", "  Ann.Lee@Example.COM ", ""}).email == "Ann.Lee@example.com");
    CHECK(validated({"王", "wang@例子.中国", ""}).email == "wang@例子.中国");
}

TEST_CASE("phones keep the spacing they were typed with; matching uses their digits and a leading plus") {
    CHECK(validated({"Ann", "", " +44 (20) 7946-0958 "}).phone == "+44 (20) 7946-0958");
    CHECK(validated({"Ann", "", "010 6552 9988"}).phone == "010 6552 9988");
    CHECK(normalisedPhone("+44 (20) 7946-0958") == "+442079460958");
    CHECK(normalisedPhone("010 6552 9988") == "01065529988");
    CHECK(rejectedField({"Ann", "", "call me"}) == "phone");
    CHECK(rejectedField({"Ann", "", "12"}) == "phone");
}

TEST_CASE("text that is not UTF-8 is refused before it reaches storage") {
    CHECK(rejectedField({"\xff\xfe", "", ""}) == "name");
}
