// kolmi admin import cdr, core side: real files, all-or-nothing, duplicates,
// time zones, device matching and rating on import.
#include <catch2/catch.hpp>

#include <regex>
#include <tuple>

#include <string>
#include <vector>

#include "core/import/device_matcher.hpp"
#include "core/time/datetime.hpp"
#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;
using kolmi::test::cdr_data;
using kolmi::test::cdr_line;
using kolmi::test::ImportFixture;
using kolmi::test::ScratchFile;

namespace {

using RealFiles = kolmi::test::RealFilesFixture;

struct Expected {
  const char* file;
  std::int64_t rows, unassigned, unrated;
};

}  // namespace

TEST_CASE("every real CDR file imports all its rows, and a second time only duplicates", "[import]") {
  RealFiles f;
  const Expected files[] = {
      {"asterisk-18col-simularent.csv", 269, 232, 13},
      {"asterisk-18col-bugadm.csv", 105, 16, 63},
      {"asterisk-21col-newcdrcolumns-mineevburyat.csv", 84, 44, 9},
      {"asterisk-cdr_custom-19col-kelysaina.csv", 14, 0, 0},
  };
  std::int64_t total = 0;
  for (const Expected& e : files) {
    INFO(e.file);
    auto first = f.import_file(cdr_data(e.file));
    CHECK(first.read == e.rows);
    CHECK(first.imported == e.rows);
    CHECK(first.duplicates == 0);
    CHECK(first.unassigned == e.unassigned);
    CHECK(first.unrated == e.unrated);
    total += e.rows;
    CHECK(f.count() == total);

    auto again = f.import_file(cdr_data(e.file));
    CHECK(again.read == e.rows);
    CHECK(again.imported == 0);
    CHECK(again.duplicates == e.rows);
    CHECK(f.count() == total);
  }
  // Records sharing a uniqueid (one per Dial attempt of a channel) are all kept.
  CHECK(f.count("uniqueid = '1706369600.6'") == 3);
  // The cdr_custom file's calls are all between client1 and client2: internal, free.
  CHECK(
      f.count(
          "dcontext = 'default' AND user_price = 0 AND user_id IS NOT NULL AND dst_device_id IS NOT NULL") ==
      14);
}

TEST_CASE("invalid UTF-8 is replaced and reported with its lines, the import succeeds", "[import]") {
  ImportFixture f;
  const std::string path = cdr_data("asterisk-21col-newcdrcolumns-mineevburyat.csv");
  auto s = f.import_file(path);
  CHECK(s.imported == 84);
  CHECK(s.warnings == 8);
  std::vector<std::string> expected;
  for (int line : {41, 42, 43, 44, 69, 70, 79, 80}) {
    expected.push_back(path + ":" + std::to_string(line) + ": invalid UTF-8 in clid replaced");
  }
  CHECK(s.warning_lines == expected);
  CHECK(f.count("clid LIKE '%\xEF\xBF\xBD%'") == 8);  // U+FFFD in UTF-8
  CHECK(s.read == 84);
  CHECK(s.imported == 84);
  CHECK(s.duplicates == 0);
  CHECK(s.unassigned == 84);
  CHECK(s.unrated == 0);
  CHECK(s.warnings == 8);
}

TEST_CASE("a malformed record aborts the whole import at its line, nothing written", "[import]") {
  ImportFixture f;
  f.import_file(cdr_data("asterisk-18col-bugadm.csv"));
  const std::int64_t before = f.count();
  const std::string good = cdr_line("100", "700", "SIP/100-1", "", "2024-05-01 10:00:00", "5", "u1") +
                           cdr_line("100", "701", "SIP/100-2", "", "2024-05-01 10:01:00", "6", "u2");
  struct Case {
    std::string content, reason;
  };
  const Case cases[] = {
      {good + "\"\",\"100\",\"never closed,700\n", ":3: unterminated quoted field"},
      {good + "\"\",\"100\",\"700\"\n", ":3: 3 columns, but the first record has 18"},
      {good + cdr_line("100", "700", "SIP/100-3", "", "2024-02-30 10:00:00", "5", "u3"), ":3: start time"},
      {good + "\"\",\"1\",\"2\",\"c\",\"\",\"SIP/1-1\",\"\",\"Dial\",\"\",\"2024-05-01 10:00:00\",\"\","
              "\"2024-05-01 10:00:00\",-5,0,\"ANSWERED\",\"DOCUMENTATION\",\"u4\",\"\"\n",
       ":3: duration '-5'"},
      {good + "\"\",\"1\",\"2\",\"c\",\"\",\"SIP/1-1\",\"\",\"Dial\",\"\",\"2024-05-01 10:00:00\",\"\","
              "\"2024-05-01 10:00:00\",10,ten,\"ANSWERED\",\"DOCUMENTATION\",\"u5\",\"\"\n",
       ":3: billsec 'ten'"},
      {good + std::string("\"\",\"1\",\"2\0\",\"c\"\n", 16), ":3: binary data"},
  };
  for (const Case& c : cases) {
    ScratchFile file(c.content);
    const std::string message = f.import_error(file.path(), ExitCode::action_failed);
    INFO(message);
    CHECK(message.rfind(file.path() + c.reason, 0) == 0);
    CHECK(f.count() == before);
  }
  ScratchFile empty("");
  CHECK(f.import_error(empty.path(), ExitCode::action_failed) == empty.path() + ": no records");
  ScratchFile blank("\n\n");
  CHECK(f.import_error(blank.path(), ExitCode::action_failed) == blank.path() + ": no records");
  CHECK(f.count() == before);
}

TEST_CASE("a file that cannot be opened is exit 5, an unknown zone or layout is refused", "[import]") {
  ImportFixture f;
  CHECK(f.import_error("/nonexistent/cdr.csv", ExitCode::storage).find("cannot open /nonexistent/cdr.csv") ==
        0);
  ScratchFile file(cdr_line("1", "2", "SIP/1-1", "", "2024-05-01 10:00:00", "5", "u1"));
  CHECK_THROWS_AS(f.import_file(file.path(), false, "Mars/Olympus"), Error);
  import::CdrImportOptions o;
  o.path = file.path();
  o.layout = import::CdrLayout::freeswitch;
  try {
    import::import_cdr_file(f.db, o);
    FAIL("a freeswitch layout read an asterisk record");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == file.path() + ":1: 18 columns, not a freeswitch CDR record");
  }
  ScratchFile odd("a,b,c\n");
  CHECK(f.import_error(odd.path(), ExitCode::action_failed).find(":1: 3 columns: not a known CDR layout") !=
        std::string::npos);
}

TEST_CASE("a dry run counts everything and writes nothing", "[import]") {
  RealFiles f;
  const std::string path = cdr_data("asterisk-18col-bugadm.csv");
  auto dry = f.import_file(path, true);
  CHECK(f.count() == 0);
  auto real = f.import_file(path);
  CHECK(std::tie(dry.read, dry.imported, dry.duplicates, dry.unassigned, dry.unrated, dry.warnings) ==
        std::tie(real.read, real.imported, real.duplicates, real.unassigned, real.unrated, real.warnings));
  CHECK(f.count() == 105);
  auto dry_again = f.import_file(path, true);
  CHECK(dry_again.duplicates == 105);
  CHECK(f.count() == 105);
}

TEST_CASE("duplicates inside one file and records without a uniqueid", "[import]") {
  ImportFixture f;
  const std::string a = cdr_line("100", "700", "SIP/100-1", "", "2024-05-01 10:00:00", "5", "u1");
  ScratchFile twice(a + a);
  auto s = f.import_file(twice.path());
  CHECK(s.read == 2);
  CHECK(s.imported == 1);
  CHECK(s.duplicates == 1);

  // No uniqueid: a synthetic one from start, src, dst and channel, so a
  // second import finds the same calls.
  const std::string b = cdr_line("100", "701", "SIP/100-2", "", "2024-05-01 11:00:00", "5", "");
  const std::string c = cdr_line("100", "702", "SIP/100-3", "", "2024-05-01 11:00:00", "5", "");
  ScratchFile no_ids(b + c);
  CHECK(f.import_file(no_ids.path()).imported == 2);
  CHECK(f.import_file(no_ids.path()).duplicates == 2);
  const auto synthetic = kolmi::test::query_rows(f.db, "SELECT uniqueid FROM calls WHERE uniqueid LIKE 'kolmi-%' ORDER BY id", 1);
  REQUIRE(synthetic.size() == 2);
  for (const auto& id : synthetic) CHECK(std::regex_match(id, std::regex("kolmi-[0-9a-f]{16}")));
  CHECK(f.count("dst IN ('701', '702') AND uniqueid <> (SELECT uniqueid FROM calls WHERE dst = '701')") == 1);
}

TEST_CASE("the source time zone (--source-tz) converts the file's wall clock to UTC, across DST changes", "[import]") {
  ImportFixture f;
  ScratchFile moscow(cdr_line("1", "2", "SIP/1-1", "", "2024-01-27 15:07:24", "5", "m1"));
  f.import_file(moscow.path(), false, "Europe/Moscow");
  CHECK(f.count("uniqueid = 'm1' AND calldate = '2024-01-27 12:07:24'") == 1);

  // New York around 2024-03-10 (spring gap) and 2024-11-03 (autumn overlap):
  // every stored time equals TimeZone::to_utc of the written one.
  const std::vector<std::string> times = {
      "2024-03-09 12:00:00", "2024-03-10 01:59:59", "2024-03-10 02:30:00",
      "2024-03-10 03:00:00", "2024-07-01 00:00:00", "2024-11-03 01:30:00",
      "2024-11-03 02:00:00", "2025-01-01 00:00:00", "2024-03-09 23:00:00"};
  std::string content;
  for (std::size_t i = 0; i < times.size(); ++i) {
    content += cdr_line("1", "2", "SIP/1-1", "", times[i], "5", "ny" + std::to_string(i));
  }
  ScratchFile ny(content);
  f.import_file(ny.path(), false, "America/New_York");
  TimeZone zone("America/New_York");
  for (std::size_t i = 0; i < times.size(); ++i) {
    INFO(times[i]);
    store::Statement s = f.db.prepare("SELECT calldate FROM calls WHERE uniqueid = ?");
    s.bind(1, "ny" + std::to_string(i));
    REQUIRE(s.step());
    CHECK(s.str(0) == format_utc(zone.to_utc(times[i])));
  }
}

TEST_CASE("channel_peer: the device name inside a channel name", "[import]") {
  using import::channel_peer;
  CHECK(channel_peer("SIP/1500-0000abcd") == "1500");
  CHECK(channel_peer("PJSIP/client1-00000002") == "client1");
  CHECK(channel_peer("IAX2/101-3") == "101");
  CHECK(channel_peer("SIP/office-1-0000001a") == "office-1");
  CHECK(channel_peer("Motif/12489398620@voice.google.com-753b") == "12489398620");
  CHECK(channel_peer("SIP/100-00000000;2") == "100");
  CHECK(channel_peer("SIP/localhost:5020-00000001") == "localhost:5020");
  CHECK(channel_peer("Local/13137572470@LocalSets-00000000;2") == "");
  CHECK(channel_peer("nochannel") == "");
  CHECK(channel_peer("") == "");
  CHECK(channel_peer("SIP/") == "");
}

TEST_CASE("warning lines are capped, warnings are all counted", "[import]") {
  ImportFixture f;
  std::string content;
  const std::size_t records = import::kMaxWarningLines + 5;
  for (std::size_t i = 0; i < records; ++i) {
    content +=
        cdr_line("1", "2", "SIP/1-1", "", "2024-05-01 10:00:00", "5", "w" + std::to_string(i), "acct\xA5");
  }
  ScratchFile file(content);
  auto s = f.import_file(file.path());
  CHECK(s.imported == static_cast<std::int64_t>(records));
  CHECK(s.warnings == static_cast<std::int64_t>(records));
  CHECK(s.warning_lines.size() == import::kMaxWarningLines);
  CHECK(s.warning_lines.front() == file.path() + ":1: invalid UTF-8 in accountcode replaced");
}
