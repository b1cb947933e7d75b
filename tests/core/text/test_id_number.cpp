// Ids typed on the command line: positive int64 in decimal, nothing else.
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "core/text/id_number.hpp"

using kolmi::text::parse_id;

TEST_CASE("parse_id reads positive decimal ids", "[text][id]") {
  CHECK(parse_id("1") == 1);
  CHECK(parse_id("42") == 42);
  CHECK(parse_id("007") == 7);  // decimal, not octal
  CHECK(parse_id("9223372036854775807") == INT64_MAX);
}

TEST_CASE("parse_id refuses what is not a positive int64", "[text][id]") {
  for (const char* bad : {"", "0", "000", "-1", "+1", "99999999999999999999", "9223372036854775808", "0x10",
                          "1e3", " 1", "1 ", "1.0", "abc", "-9223372036854775808"}) {
    INFO(bad);
    CHECK_FALSE(parse_id(bad));
  }
}

TEST_CASE("require_id names the option and shows the value safely", "[text][id]") {
  try {
    kolmi::text::require_id("--device", "99999999999999999999");
    FAIL("no error");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::usage);
    CHECK(std::string(e.what()) ==
          "--device: '99999999999999999999' is not an id (a whole number from 1 to 9223372036854775807)");
  }
  try {
    kolmi::text::require_id("CALL_ID", "1\n\x1b[2J");
    FAIL("no error");
  } catch (const kolmi::Error& e) {
    CHECK(std::string(e.what()).find("'1\\n\\x1b[2J'") != std::string::npos);
  }
}
