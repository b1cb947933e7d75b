// Callback numbers: typed numbers cleaned, anything that could reach a call
// file as more than digits refused.
#include <catch2/catch.hpp>

#include "core/callback/callback_number.hpp"
#include "core/error.hpp"

using namespace kolmi;
using callback::normalize_number;

TEST_CASE("callback numbers lose their spaces and dashes", "[callback]") {
  CHECK(normalize_number("+370 612-34567", "--src", pages::Lang::en) == "+37061234567");
  CHECK(normalize_number("8 800 555-35-35", "--dst", pages::Lang::en) == "88005553535");
  CHECK(normalize_number("101", "--dst", pages::Lang::en) == "101");
}

TEST_CASE("callback numbers refuse letters, line breaks and metacharacters", "[callback]") {
  const std::string bad =
      "--src: not a valid phone number (digits, an optional leading +, single spaces or dashes between "
      "digits; 3 to 20 digits)";
  for (const char* raw :
       {"", " ", "12", "abc123", "123\nChannel: SIP/evil", "123\r", "1\t23", "12;3", "12#3", "<123>", "1'23",
        "12\"3", "123&", "++123", "12+3", "123 ", "1  23", "1--23", "123456789012345678901"}) {
    INFO(raw);
    try {
      normalize_number(raw, "--src", pages::Lang::en);
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::action_failed);
      CHECK(e.what() == bad);
    }
  }
}

TEST_CASE("callback number messages follow the language", "[callback]") {
  CHECK_THROWS_WITH(normalize_number("x", "--dst", pages::Lang::ru),
                    Catch::StartsWith("--dst: неверный номер телефона"));
}
