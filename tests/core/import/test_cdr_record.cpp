#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "core/import/cdr_record.hpp"
#include "core/import/csv_reader.hpp"

using namespace kolmi::import;

namespace {

struct FileSummary {
  std::size_t records = 0;
  CdrLayout layout = CdrLayout::automatic;
  std::map<std::string, int> dispositions;
  std::vector<std::size_t> repaired_lines;
  std::vector<CdrRecord> first;
};

// Reads a real CDR file from tests/data/cdr with the layout detected from its first record.
FileSummary read_cdr_file(const std::string& name) {
  std::string path = std::string(KOLMI_TEST_DATA_DIR) + "/cdr/" + name;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE(f != nullptr);
  CsvReader reader(f);
  FileSummary s;
  std::vector<std::string_view> fields;
  while (reader.next(fields)) {
    if (s.records == 0) s.layout = detect_cdr_layout(fields.size()).value_or(CdrLayout::automatic);
    CdrRecord r = map_cdr_record(fields, s.layout, reader.line());
    ++s.dispositions[r.disposition];
    if (!r.repaired_fields.empty()) s.repaired_lines.push_back(reader.line());
    if (s.first.size() < 3) s.first.push_back(std::move(r));
    ++s.records;
  }
  std::fclose(f);
  return s;
}

std::vector<std::string_view> split(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

}  // namespace

TEST_CASE("real Asterisk cdr_csv files, 18 columns", "[import][cdr]") {
  auto simularent = read_cdr_file("asterisk-18col-simularent.csv");
  CHECK(simularent.records == 269);
  CHECK(simularent.layout == CdrLayout::asterisk);
  CHECK(simularent.dispositions["NO ANSWER"] > 0);
  CHECK(simularent.dispositions["BUSY"] > 0);
  const CdrRecord& r = simularent.first[0];
  CHECK(r.src == "1500");
  CHECK(r.dst == "12489398620");
  CHECK(r.clid == "\"device\" <1500>");
  CHECK(r.channel == "SIP/1500-00000000");
  CHECK(r.start == "2016-09-06 16:38:55");
  CHECK(r.uniqueid == "1473179935.0");
  CHECK(r.lastdata == "Motif/google/12489398620@voice.google.com,,r");

  auto bugadm = read_cdr_file("asterisk-18col-bugadm.csv");
  CHECK(bugadm.records == 105);
  CHECK(bugadm.dispositions["FAILED"] > 0);
  CHECK(bugadm.first[0].clid == "\"NOMBREUSUARIO\" <100>");  // "" inside quotes
  CHECK(bugadm.repaired_lines.empty());
}

TEST_CASE("real Asterisk cdr_csv file with newcdrcolumns: 21 columns, invalid UTF-8", "[import][cdr]") {
  auto s = read_cdr_file("asterisk-21col-newcdrcolumns-mineevburyat.csv");
  CHECK(s.records == 84);
  CHECK(s.layout == CdrLayout::asterisk);
  CHECK(s.first[0].src == "89245555937");
  CHECK(s.first[0].billsec == 27);
  // The 0xA5 bytes inside clids, reported with their lines (found with python's utf-8 decoder).
  CHECK(s.repaired_lines == std::vector<std::size_t>{41, 42, 43, 44, 69, 70, 79, 80});
}

TEST_CASE("real Asterisk cdr_custom file, 19 columns", "[import][cdr]") {
  auto s = read_cdr_file("asterisk-cdr_custom-19col-kelysaina.csv");
  CHECK(s.records == 14);
  CHECK(s.layout == CdrLayout::asterisk_custom);
  const CdrRecord& r = s.first[0];
  CHECK(r.clid == "\"\" <client1>");
  CHECK(r.src == "client1");
  CHECK(r.dst == "6789");
  CHECK(r.channel == "PJSIP/client1-00000002");
  CHECK(r.duration == 31);  // quoted as a string in the file
  CHECK(r.billsec == 13);
  CHECK(r.uniqueid == "1690325492.2");
  CHECK(s.dispositions["NO ANSWER"] > 0);
}

TEST_CASE("FreeSWITCH mod_cdr_csv default template", "[import][cdr]") {
  std::vector<std::string> f{"Alice", "1001", "37052123456", "default", "2026-11-01 10:00:00",
                             "2026-11-01 10:00:05", "2026-11-01 10:01:05", "65", "60", "NORMAL_CLEARING",
                             "a1b2", "", "1001", "PCMU", "PCMU"};
  CdrRecord r = map_cdr_record(split(f), CdrLayout::freeswitch, 1);
  CHECK(r.clid == "\"Alice\" <1001>");
  CHECK(r.disposition == "ANSWERED");
  CHECK(r.hangupcause == 16);
  CHECK(r.uniqueid == "a1b2");
  f[8] = "0";
  CHECK(map_cdr_record(split(f), CdrLayout::freeswitch, 1).disposition == "NO ANSWER");
  f[9] = "USER_BUSY";
  CHECK(map_cdr_record(split(f), CdrLayout::freeswitch, 1).disposition == "BUSY");
}

TEST_CASE("malformed CDR records are refused with their line", "[import][cdr]") {
  std::vector<std::string> good{"", "100", "700", "phones", "\"x\" <100>", "SIP/100-0", "", "Hangup", "",
                                "2015-03-24 15:44:40", "2015-03-24 15:44:40", "2015-03-24 15:44:43",
                                "3", "3", "ANSWERED", "DOCUMENTATION", "1427211880.0", ""};
  CHECK_NOTHROW(map_cdr_record(split(good), CdrLayout::asterisk, 7));
  auto reason = [&](std::vector<std::string> f, CdrLayout layout = CdrLayout::asterisk) {
    try {
      map_cdr_record(split(f), layout, 7);
    } catch (const ImportError& e) {
      CHECK(e.line() == 7);
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  auto bad = good;
  bad[9] = "24/03/2015 15:44";
  CHECK(reason(bad) == "start time '24/03/2015 15:44' is not 'YYYY-MM-DD HH:MM:SS'");
  bad = good;
  bad[12] = "-3";
  CHECK(reason(bad) == "duration '-3' is not a whole number of seconds");
  bad = good;
  bad[13] = "abc";
  CHECK(reason(bad) == "billsec 'abc' is not a whole number of seconds");
  bad = good;
  bad[14] = "MAYBE";
  CHECK(reason(bad) == "unknown disposition 'MAYBE'");
  bad = good;
  bad.pop_back();
  bad.pop_back();
  bad.pop_back();
  CHECK(reason(bad) == "15 columns, not a asterisk CDR record");
  CHECK(reason(good, CdrLayout::asterisk_custom) == "18 columns, not a asterisk-custom CDR record");
  bad = good;
  bad[14] = "CONGESTION";
  CHECK(map_cdr_record(split(bad), CdrLayout::asterisk, 7).disposition == "FAILED");
}

TEST_CASE("invalid UTF-8 is replaced, valid text kept", "[import][cdr]") {
  std::string out;
  CHECK_FALSE(repair_utf8("Иван €", out));
  CHECK(out == "Иван €");
  CHECK(repair_utf8("ab\xA5" "c", out));
  CHECK(out == "ab\xEF\xBF\xBD" "c");
  CHECK(repair_utf8("\xED\xA0\x80", out));  // a surrogate
  CHECK(repair_utf8("\xE0\x80\xAF", out));  // overlong
}
