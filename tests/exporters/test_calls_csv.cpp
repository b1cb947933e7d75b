// The call list CSV: the writer on hand-made rows (separators, decimal
// marks, quoting, BOM, progress), the CSV options and their settings, and
// CallsExport on the calls page's fixture, whose rows must be the page's.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/output/xml_tree_writer.hpp"
#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "exporters/calls_csv.hpp"
#include "exporters/calls_export.hpp"
#include "exporters/csv_options.hpp"
#include "tests/core/pages/call_fixture.hpp"

using namespace kolmi;
using exporters::CallExportRow;
using exporters::CsvOptions;

namespace {

struct Call {
  std::string date, from, to, destination, duration, cause, price;
};

std::string calls_csv(const std::vector<Call>& calls, const CsvOptions& options,
                      const exporters::ProgressCallback& progress = {}) {
  std::size_t next = 0;
  exporters::CallRowSource source = [&](CallExportRow& row) {
    if (next == calls.size()) return false;
    const Call& c = calls[next++];
    row = CallExportRow{};
    row.date = c.date;
    row.called_from = c.from;
    row.called_to = c.to;
    row.destination = c.destination;
    row.duration = c.duration;
    row.hangup_cause = c.cause;
    row.price_text = c.price;
    return true;
  };
  std::string out;
  exporters::write_calls_csv(
      source, [&](std::string_view chunk) { out += chunk; }, options, progress);
  return out;
}

const std::vector<Call> kCalls = {
    {"2026-11-27 05:05:13", "101", "998919644507", "Uzbekistan Mobile", "00:05:56", "Answered", "0.4153"},
    {"2026-11-27 08:33:54", "\"Boss\" <101>", "12125550100", "United States; NY", "01:00:00", "Busy", ""},
    {"2026-11-27 09:00:00", "line\nbreak", "+7 495", "Россия, Москва", "125:00:00", "Нет ответа", "-12.5"}};

}  // namespace

TEST_CASE("calls CSV: stable header, the page's texts, prices with the decimal mark", "[csv]") {
  SECTION("defaults ';' and '.'") {
    CHECK(calls_csv(kCalls, {}) ==
          "Date;Called_from;Called_to;Destination;Duration;Hangup_cause;Price\r\n"
          "2026-11-27 05:05:13;101;998919644507;Uzbekistan Mobile;00:05:56;Answered;0.4153\r\n"
          "2026-11-27 08:33:54;\"\"\"Boss\"\" <101>\";12125550100;\"United States; NY\";01:00:00;Busy;\r\n"
          "2026-11-27 09:00:00;line break;'+7 495;Россия, Москва;125:00:00;Нет ответа;-12.5\r\n");
  }
  SECTION("decimal comma, tab separator, BOM") {
    CHECK(calls_csv(kCalls, {.separator = '\t', .decimal = ',', .bom = true}) ==
          "\xEF\xBB\xBF"
          "Date\tCalled_from\tCalled_to\tDestination\tDuration\tHangup_cause\tPrice\r\n"
          "2026-11-27 05:05:13\t101\t998919644507\tUzbekistan Mobile\t00:05:56\tAnswered\t0,4153\r\n"
          "2026-11-27 08:33:54\t\"\"\"Boss\"\" <101>\"\t12125550100\tUnited States; NY\t01:00:00\tBusy\t\r\n"
          "2026-11-27 09:00:00\tline break\t'+7 495\tРоссия, Москва\t125:00:00\tНет ответа\t-12,5\r\n");
  }
  SECTION("comma separator quotes the values holding a comma") {
    const std::string csv = calls_csv({kCalls[2]}, {.separator = ',', .decimal = '.'});
    CHECK(csv ==
          "Date,Called_from,Called_to,Destination,Duration,Hangup_cause,Price\r\n"
          "2026-11-27 09:00:00,line break,'+7 495,\"Россия, Москва\",125:00:00,Нет ответа,-12.5\r\n");
  }
  SECTION("no calls: the header alone") {
    CHECK(calls_csv({}, {}) == "Date;Called_from;Called_to;Destination;Duration;Hangup_cause;Price\r\n");
  }
}

TEST_CASE("calls CSV: data cells are neutralised, kolmi's numbers are not", "[csv][injection]") {
  const std::vector<Call> calls = {
      {"2026-11-27 05:05:13", "=HYPERLINK(\"http://x\")", "@SUM(1)", "-2+3", "00:00:01", "Answered", "-0.5"},
      {"2026-11-27 05:05:14", "+37060000001", "-", "caf\xE9\x1b", "00:00:02", "Busy", "-12.25"}};
  CHECK(calls_csv(calls, {}) ==
        "Date;Called_from;Called_to;Destination;Duration;Hangup_cause;Price\r\n"
        "2026-11-27 05:05:13;\"'=HYPERLINK(\"\"http://x\"\")\";'@SUM(1);'-2+3;00:00:01;Answered;-0.5\r\n"
        "2026-11-27 05:05:14;+37060000001;'-;caf\xEF\xBF\xBD\xEF\xBF\xBD;00:00:02;Busy;-12.25\r\n");
}

TEST_CASE("calls CSV: progress every 4096 rows and at the end", "[csv]") {
  std::vector<Call> many(10'000, kCalls[0]);
  std::vector<std::int64_t> reports;
  const std::string csv = calls_csv(many, {}, [&](std::int64_t done) { reports.push_back(done); });
  CHECK(reports == std::vector<std::int64_t>{4096, 8192, 10'000});
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 10'001);
}

TEST_CASE("CSV options: choices, then settings, then , and .", "[csv]") {
  store::Database db = store::Database::open_memory();
  store::migrate(db);
  auto resolve = [&](exporters::CsvChoices c) { return exporters::resolve_csv_options(db, c); };
  auto usage_message = [&](exporters::CsvChoices c) -> std::string {
    try {
      resolve(std::move(c));
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::usage);
      return e.what();
    }
    return "accepted";
  };

  CsvOptions d = resolve({});
  CHECK(d.separator == ';');
  CHECK(d.decimal == '.');
  CHECK_FALSE(d.bom);
  CHECK(resolve({.separator = "tab", .decimal = ",", .bom = true}).separator == '\t');
  CHECK(resolve({.separator = "|"}).separator == '|');
  CHECK(resolve({.decimal = ","}).decimal == ',');
  CHECK(resolve({.bom = true}).bom);

  CHECK(usage_message({.separator = ",", .decimal = ","}) ==
        "--separator and --decimal are both ','; choose another separator (e.g. --separator ';')");
  CHECK(usage_message({.separator = ";;"}) == "--separator ';;' is not one character (or tab)");
  CHECK(usage_message({.separator = "\""}) ==
        "--separator '\"' cannot separate CSV fields; use ; , | or tab");
  CHECK(usage_message({.separator = "x"}) == "--separator 'x' cannot separate CSV fields; use ; , | or tab");
  CHECK(usage_message({.separator = "."}) == "--separator '.' cannot separate CSV fields; use ; , | or tab");
  CHECK(usage_message({.decimal = ";"}) == "--decimal ';' is not . or ,");

  SECTION("settings CSV_Separator and CSV_Decimal") {
    store::set_confline(db, store::conf::kCsvSeparator, ",");
    store::set_confline(db, store::conf::kCsvDecimal, ",");
    CHECK(usage_message({}) ==
          "setting CSV_Separator and setting CSV_Decimal are both ','; choose another separator "
          "(e.g. --separator ';')");
    CsvOptions o = resolve({.separator = ";"});
    CHECK(o.separator == ';');
    CHECK(o.decimal == ',');
    CHECK(resolve({.decimal = "."}).separator == ',');
    store::set_confline(db, store::conf::kCsvDecimal, "dot");
    CHECK(usage_message({.separator = ";"}) == "setting CSV_Decimal 'dot' is not . or ,");
  }
}

TEST_CASE("with_decimal_mark replaces only the point", "[csv]") {
  std::array<char, 32> buf{};
  CHECK(exporters::with_decimal_mark("-12.5", ',', buf) == "-12,5");
  CHECK(exporters::with_decimal_mark("10", ',', buf) == "10");
  CHECK(exporters::with_decimal_mark("0.049", '.', buf) == "0.049");
  CHECK(exporters::with_decimal_mark("", ',', buf).empty());
}

namespace {

// The calls page's rows for `request` (user 1), as CSV would have them.
std::vector<std::vector<std::string>> page_rows(test::CallFixture& f, const pages::CallsRequest& request,
                                                pages::Lang lang) {
  const std::string xml =
      f.page([&](pages::PageContext& pc,
                 output::TreeWriter& w) { pages::write_calls_page(w, pc, pages::load_calls_page(pc, request)); },
             1, lang);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  std::vector<std::vector<std::string>> rows;
  for (pugi::xpath_node n : doc.select_nodes("/page/calls_stat/calls/call")) {
    pugi::xml_node c = n.node();
    rows.push_back({c.child_value("date"), c.child_value("called_from"), c.child_value("called_to"),
                    c.child_value("destination"), c.child_value("duration"), c.child_value("hangup_cause"),
                    c.child_value("price")});
  }
  return rows;
}

// Rows of a ';' CSV without quoted fields (as the fixture's calls are).
std::vector<std::vector<std::string>> csv_rows(const std::string& csv) {
  std::vector<std::vector<std::string>> rows;
  std::size_t start = 0;
  while (start < csv.size()) {
    const std::size_t end = csv.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    std::vector<std::string> row;
    std::size_t field = start;
    for (std::size_t i = start; i <= end; ++i) {
      if (i == end || csv[i] == ';') {
        row.emplace_back(csv.substr(field, i - field));
        field = i + 1;
      }
    }
    rows.push_back(std::move(row));
    start = end + 2;
  }
  return rows;
}

}  // namespace

TEST_CASE("calls export: the CSV rows are the calls page's rows for the same filters", "[csv]") {
  test::CallFixture f;
  f.add({.calldate = "2026-11-27 08:00:00",
         .user_id = 1,
         .src_device = 10,
         .billsec = 61,
         .price = 1'234'567'890,
         .prefix = "1212"});
  f.add({.calldate = "2026-11-27 09:00:00", .user_id = 1, .src_device = 11, .disposition = "BUSY"});
  f.incoming("2026-11-27 10:00:00", "NO ANSWER", 0);
  f.add({.calldate = "2026-11-27 11:00:00", .user_id = 1, .src_device = 10, .billsec = 3600});  // not rated
  f.add({.calldate = "2026-11-27 12:00:00", .user_id = 2, .src_device = 20, .billsec = 9, .price = 5});
  f.outgoing("2026-11-20 12:00:00");  // outside the period

  for (pages::Lang lang : {pages::Lang::en, pages::Lang::ru}) {
    for (const pages::CallsRequest& request :
         {pages::CallsRequest{.from = "2026-11-27", .till = "2026-11-27", .currency = "EUR"},
          pages::CallsRequest{
              .from = "2026-11-27", .till = "2026-11-27", .direction = "outgoing", .device = "10"},
          pages::CallsRequest{.from = "2026-11-01", .status = "answered"}}) {
      store::User u = f.user(1);
      pages::PageContext pc = pages::make_page_context(f.db, u, f.clock, lang);
      exporters::CallsExport job(pc, request);
      std::string csv;
      job.write([&](std::string_view c) { csv += c; }, {.format = exporters::ExportFormat::csv});
      auto rows = csv_rows(csv);
      REQUIRE(!rows.empty());
      CHECK(rows.front() ==
            std::vector<std::string>(exporters::kCallsCsvHeader.begin(), exporters::kCallsCsvHeader.end()));
      rows.erase(rows.begin());
      CHECK(rows == page_rows(f, request, lang));
      CHECK(static_cast<std::int64_t>(rows.size()) == job.info().total_calls);
    }
  }
}

TEST_CASE("calls export: title facts and file name", "[csv]") {
  test::CallFixture f;
  f.outgoing("2026-11-27 08:00:00");
  store::User u = f.user(1);
  pages::PageContext pc = pages::make_page_context(f.db, u, f.clock, pages::Lang::en);
  exporters::CallsExport job(pc, {.from = "2026-11-01", .till = "2026-11-30", .currency = "GBP"});
  CHECK(job.info().full_name == "Andrey Mazunin");
  CHECK(job.info().period_from == "2026-11-01 00:00:00");
  CHECK(job.info().period_till == "2026-11-30 23:59:59");
  CHECK(job.info().currency == "GBP");
  CHECK(job.info().total_calls == 1);
  CHECK(job.file_name(exporters::ExportFormat::pdf) == "Calls-andrey-2026-11-01-2026-11-30-GBP.pdf");
  CHECK(exporters::CallsExport(pc, {}).file_name(exporters::ExportFormat::csv) ==
        "Calls-andrey-2026-11-28-2026-11-28-USD.csv");
}

TEST_CASE("calls export: bad filters fail before anything is written", "[csv]") {
  test::CallFixture f;
  store::User u = f.user(1);
  pages::PageContext pc = pages::make_page_context(f.db, u, f.clock, pages::Lang::en);
  auto code = [&](const pages::CallsRequest& request) {
    try {
      exporters::CallsExport job(pc, request);
    } catch (const Error& e) {
      return e.code();
    }
    return ExitCode::ok;
  };
  CHECK(code({.device = "20"}) == ExitCode::not_found);  // user 2's device
  CHECK(code({.device = "99"}) == ExitCode::not_found);
  CHECK(code({.from = "2026-13-01"}) == ExitCode::usage);
  CHECK(code({.status = "maybe"}) == ExitCode::usage);
  CHECK(code({.currency = "JPY"}) == ExitCode::usage);  // inactive
  CHECK(code({.device = "10"}) == ExitCode::ok);
}

TEST_CASE("calls export: a CDR's formula src reaches the CSV as text", "[csv][injection]") {
  test::CallFixture f;
  f.add({.calldate = "2026-11-27 08:00:00",
         .user_id = 1,
         .src_device = 10,
         .billsec = 61,
         .src = "=HYPERLINK(\"http://x\")",
         .dst = "+37060000001",
         .price = -500'000'000});  // a refund: kolmi's own negative number
  store::User u = f.user(1);
  pages::PageContext pc = pages::make_page_context(f.db, u, f.clock, pages::Lang::en);
  exporters::CallsExport job(pc, {.from = "2026-11-27", .till = "2026-11-27"});
  std::string csv;
  job.write([&](std::string_view c) { csv += c; }, {.format = exporters::ExportFormat::csv});
  // The cell holds a quote, so it is quoted itself (inner quotes doubled).
  const std::string row = csv.substr(csv.find("\r\n") + 2);
  CHECK(row ==
        "2026-11-27 10:00:00;\"'=HYPERLINK(\"\"http://x\"\")\";+37060000001;;00:01:01;Answered;-0.5\r\n");
}
