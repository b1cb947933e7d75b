// The bounds a CDR record must keep (core/import/import_limits.hpp): seconds
// up to 7 days, text no longer than MOR's columns, control characters
// replaced and reported. Just inside each bound passes, just outside fails.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/import/cdr_record.hpp"
#include "core/import/csv_reader.hpp"
#include "core/import/import_limits.hpp"

using namespace kolmi::import;

namespace {

// An 18-column cdr_csv record; fields by Asterisk's column numbers.
std::vector<std::string> record() {
  return {"",        "100", "700", "phones", "\"x\" <100>", "SIP/100-0", "", "Hangup", "",
          "2015-03-24 15:44:40", "2015-03-24 15:44:40", "2015-03-24 15:44:43",
          "3",       "3",   "ANSWERED", "DOCUMENTATION", "1427211880.0", ""};
}

// "accepted", or the reason the record is refused.
std::string outcome(const std::vector<std::string>& f) {
  try {
    map_cdr_record(std::vector<std::string_view>(f.begin(), f.end()), CdrLayout::asterisk, 9);
  } catch (const ImportError& e) {
    CHECK(e.line() == 9);
    return e.what();
  }
  return "accepted";
}

}  // namespace

TEST_CASE("CDR bounds: duration and billsec up to 7 days", "[import][cdr][bounds]") {
  auto f = record();
  f[12] = f[13] = "604800";
  CHECK(outcome(f) == "accepted");
  f[12] = "604801";
  CHECK(outcome(f) == "duration '604801' is too large (at most 604800 seconds, 7 days)");
  f[12] = "604800";
  f[13] = "604801";
  CHECK(outcome(f) == "billsec '604801' is too large (at most 604800 seconds, 7 days)");
  f[13] = "99999999999999999999";  // beyond 64 bits: still too large, not "not a number"
  CHECK(outcome(f) == "billsec '99999999999999999999' is too large (at most 604800 seconds, 7 days)");
  f[13] = "-1";
  CHECK(outcome(f) == "billsec '-1' is not a whole number of seconds");
}

TEST_CASE("CDR bounds: every text field at its column size passes, one more is refused",
          "[import][cdr][bounds]") {
  struct Field {
    std::size_t column;
    const char* name;
    std::size_t max;
  };
  const Field fields[] = {
      {0, "accountcode", 20}, {1, "src", 80},      {2, "dst", 80},         {3, "dcontext", 80},
      {4, "clid", 80},        {5, "channel", 80},  {6, "dstchannel", 80},  {7, "lastapp", 80},
      {8, "lastdata", 255},   {16, "uniqueid", 150}, {17, "userfield", 255},
  };
  for (const Field& field : fields) {
    INFO(field.name);
    auto f = record();
    f[field.column] = std::string(field.max, 'a');
    CHECK(outcome(f) == "accepted");
    // Characters, not bytes: Cyrillic letters are two bytes each.
    f[field.column] = std::string(field.max - 1, 'a') + "ж";
    CHECK(outcome(f) == "accepted");
    f[field.column] = std::string(field.max + 1, 'a');
    CHECK(outcome(f) == std::string(field.name) + " is longer than " + std::to_string(field.max) +
                            " characters");
  }
  // A megabyte of clid is refused the same way.
  auto f = record();
  f[4] = std::string(1 << 20, 'x');
  CHECK(outcome(f) == "clid is longer than 80 characters");
}

TEST_CASE("CDR bounds: FreeSWITCH's composed clid keeps the bound too", "[import][cdr][bounds]") {
  std::vector<std::string> f{"", "1001", "37052123456", "default", "2026-11-01 10:00:00",
                             "2026-11-01 10:00:05", "2026-11-01 10:01:05", "65", "60", "NORMAL_CLEARING",
                             "a1b2", "", "1001", "PCMU", "PCMU"};
  f[0] = std::string(80 - 9, 'n');  // "NAME" <1001>: 9 more characters
  CHECK(map_cdr_record({f.begin(), f.end()}, CdrLayout::freeswitch, 3).clid.size() == 80);
  f[0] += "n";
  CHECK_THROWS_WITH(map_cdr_record({f.begin(), f.end()}, CdrLayout::freeswitch, 3),
                    "clid is longer than 80 characters");
}

TEST_CASE("CDR bounds: ESC, 0x01 and DEL are replaced and reported, with invalid UTF-8 apart",
          "[import][cdr][bounds]") {
  auto f = record();
  f[4] = "\"\x1B[2J\" <100>";
  f[1] = "1\x01" "00";
  f[8] = "SIP/x\x7F";
  f[17] = "bad\xFF";
  const std::vector<std::string_view> fields(f.begin(), f.end());
  const CdrRecord r = map_cdr_record(fields, CdrLayout::asterisk, 9);
  CHECK(r.clid == "\"\xEF\xBF\xBD[2J\" <100>");
  CHECK(r.src == "1\xEF\xBF\xBD" "00");
  CHECK(r.lastdata == "SIP/x\xEF\xBF\xBD");
  CHECK(r.userfield == "bad\xEF\xBF\xBD");
  CHECK(r.control_fields == std::vector<std::string>{"src", "clid", "lastdata"});
  CHECK(r.repaired_fields == std::vector<std::string>{"userfield"});
  CHECK(describe_repairs(r) == "invalid UTF-8 in userfield and control characters in src, clid, lastdata");
  // Replaced before measuring: 80 characters with an ESC among them still fit.
  f = record();
  f[4] = "\x1B" + std::string(79, 'a');
  CHECK(outcome(f) == "accepted");
}
