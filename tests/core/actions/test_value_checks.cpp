// The value checks of the actions: text, phone numbers, CLIs, e-mail
// addresses, and their messages in both languages.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/actions/cli_actions.hpp"
#include "core/actions/details_validation.hpp"
#include "core/actions/phonebook_actions.hpp"
#include "core/actions/value_checks.hpp"

using namespace kolmi;
using actions::TextProblem;

TEST_CASE("check_text accepts well-formed UTF-8 and counts characters, not bytes", "[actions]") {
  CHECK(actions::check_text("", 0) == TextProblem::none);
  CHECK(actions::check_text("Andrey", 6) == TextProblem::none);
  CHECK(actions::check_text("Andrey", 5) == TextProblem::too_long);
  // 255 Cyrillic letters are 510 bytes but 255 characters.
  std::string cyrillic;
  for (int i = 0; i < 255; ++i) cyrillic += "ж";
  CHECK(actions::check_text(cyrillic, 255) == TextProblem::none);
  CHECK(actions::check_text(cyrillic + "ж", 255) == TextProblem::too_long);
  CHECK(actions::check_text("日本 😀 <&>\"'", 11) == TextProblem::none);
}

TEST_CASE("check_text refuses malformed UTF-8", "[actions]") {
  for (const char* bad : {"\xC0\xAF",          // overlong '/'
                          "\xE0\x80\xAF",      // overlong, three bytes
                          "\xED\xA0\x80",      // a UTF-16 surrogate
                          "\xF4\x90\x80\x80",  // past U+10FFFF
                          "\xD0",              // truncated
                          "abc\xD0",           // truncated at the end
                          "\x80",              // a lone continuation byte
                          "\xFF"}) {
    INFO(bad);
    CHECK(actions::check_text(bad, 100) == TextProblem::invalid_utf8);
  }
}

TEST_CASE("check_text refuses control characters", "[actions]") {
  for (const char* bad : {"a\tb", "a\nb", "a\rb", "\x1b[31m", "a\x7F", "a\xC2\x85" /* U+0085 NEL */}) {
    INFO(bad);
    CHECK(actions::check_text(bad, 100) == TextProblem::control_character);
  }
  CHECK(actions::check_text(std::string("a\0b", 3), 100) == TextProblem::control_character);
}

TEST_CASE("phone numbers: digits, an optional +, single spaces or dashes between digits", "[actions]") {
  for (const char* good : {"998975551234", "+998975551234", "+370 5 212-3456", "123", "12345678901234567890",
                           "+1-201-555-0100"}) {
    INFO(good);
    CHECK(actions::valid_phone_number(good));
  }
  for (const char* bad :
       {"", "+", "12", "123456789012345678901", "++123", "1+23", "12a45", "-123", "123-", "12  34", "12 -34",
        " 123", "123 ", "(201) 555", "1.2.3", "+ 123", "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6"}) {
    INFO(bad);
    CHECK_FALSE(actions::valid_phone_number(bad));
  }
}

TEST_CASE("CLIs: an optional + and 3 to 20 digits, nothing else", "[actions]") {
  CHECK(actions::valid_cli_number("5555555"));
  CHECK(actions::valid_cli_number("+37052123456"));
  CHECK(actions::valid_cli_number("123"));
  CHECK(actions::valid_cli_number("12345678901234567890"));
  for (const char* bad : {"", "+", "12", "+12", "123456789012345678901", "555 5555", "555-5555", "+-123",
                          "12a", "'; DROP TABLE users; --"}) {
    INFO(bad);
    CHECK_FALSE(actions::valid_cli_number(bad));
  }
}

TEST_CASE("e-mail addresses", "[actions]") {
  for (const char* good : {"admin@voip.com", "ivan.petrov@example.com", "o'brien&co@example.co.uk",
                           "a+tag@xn--80ak6aa92e.com", "x@y.org", "1@2.example"}) {
    INFO(good);
    CHECK(actions::valid_email(good));
  }
  const std::string long_local(65, 'a');
  for (const std::string& bad : std::vector<std::string>{
           "", "admin", "@voip.com", "admin@", "admin@voip", "a@@voip.com", "a@b@voip.com", ".a@voip.com",
           "a.@voip.com", "a..b@voip.com", "a b@voip.com", "a@-voip.com", "a@voip-.com", "a@voip..com",
           "a@voip.com.", "a@1.2.3.4", "<a>@voip.com", "ivan@пример.рф", long_local + "@voip.com"}) {
    INFO(bad);
    CHECK_FALSE(actions::valid_email(bad));
  }
  std::string long_domain = "a@";
  while (long_domain.size() < actions::kMaxEmailChars) long_domain += "abcdefghi.";
  long_domain += "com";
  CHECK_FALSE(actions::valid_email(long_domain));
}

TEST_CASE("trim_spaces strips leading and trailing spaces only", "[actions]") {
  CHECK(actions::trim_spaces("  a b  ") == "a b");
  CHECK(actions::trim_spaces("   ").empty());
  CHECK(actions::trim_spaces("") == "");
  CHECK(actions::trim_spaces("\ta\t") == "\ta\t");
}

TEST_CASE("every action message has a Russian text", "[actions]") {
  namespace msg = actions::msg;
  for (std::string_view key :
       {msg::kInvalidUtf8, msg::kControlCharacter, msg::kTooLong, msg::kTooShort, msg::kBadEmail,
        msg::kBadPhone, msg::kBadCli, msg::kUnknownCountry, msg::kAmbiguousCountry, msg::kNoSuchDevice,
        msg::kPasswordPair, msg::kPasswordMismatch, msg::kDetailsChanged, msg::kCliCreated,
        msg::kDuplicateCli, msg::kRecordAdded, msg::kRecordDeleted, msg::kFillAllFields,
        msg::kSomethingWrong}) {
    INFO(key);
    CHECK(pages::tr(pages::Lang::ru, key) != key);
  }
}

TEST_CASE("field messages name the option and the limit in the page language", "[actions]") {
  CHECK(actions::text_problem_message(pages::Lang::en, TextProblem::too_long, "--reg-city", 255) ==
        "--reg-city: too long (at most 255 characters)");
  CHECK(actions::text_problem_message(pages::Lang::ru, TextProblem::too_long, "--reg-city", 255) ==
        "--reg-city: слишком длинное значение (не более 255 символов)");
  CHECK(actions::text_problem_message(pages::Lang::en, TextProblem::invalid_utf8, "--name", 1) ==
        "--name: not valid UTF-8");
  CHECK(actions::field_message(pages::Lang::en, actions::msg::kBadEmail, "--reg-email") ==
        "--reg-email: not a valid e-mail address");
}
