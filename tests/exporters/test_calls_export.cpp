// CallsExport as a PDF document, on the calls page's fixture (so on both
// back-ends: on MariaDB the export closes its streaming cursor while the
// summary reads the calls, then opens it again): the letterhead facts from
// the settings and the user, --strict and the logo checked before anything
// is written, and a summary whose totals are the calls page's.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "core/error.hpp"
#include "core/pages/calls_page.hpp"
#include "core/pages/calls_summary.hpp"
#include "exporters/calls_export.hpp"
#include "exporters/document_facts.hpp"
#include "pdf_tools.hpp"
#include "tests/core/pages/call_fixture.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace kolmi;

namespace {

const std::string kPng("\x89PNG\r\n\x1a\n", 8);

void set_setting(test::CallFixture& f, const std::string& name, const std::string& value) {
  f.db.exec("INSERT INTO conflines (name, value) VALUES ('" + name + "', '" + value + "')");
}

void set_issuer(test::CallFixture& f) {
  set_setting(f, "Company", "Kolmi Telecom UAB");
  set_setting(f, "Company_Address1", "Gedimino pr. 1");
  set_setting(f, "Company_Address3", "Vilnius");
  set_setting(f, "Company_VAT_Number", "LT100001234567");
  set_setting(f, "Company_Email", "billing@kolmi.example");
}

// Today (2026-11-28 in Europe/Sofia): five calls of user 1, prices 0.005 x 3
// (rows show 0.0050 at 4 decimals), 1.23456789 and an unrated one.
void add_calls(test::CallFixture& f) {
  for (const char* at : {"2026-11-28 06:00:00", "2026-11-28 06:01:00", "2026-11-28 06:02:00"}) {
    f.add({.calldate = at, .user_id = 1, .src_device = 10, .billsec = 61, .price = 5'000'000, .prefix = "1212"});
  }
  f.add({.calldate = "2026-11-28 06:03:00", .user_id = 1, .src_device = 10, .billsec = 3600,
         .price = 1'234'567'890, .prefix = "1212"});
  f.add({.calldate = "2026-11-28 06:04:00", .user_id = 1, .src_device = 10, .disposition = "NO ANSWER"});
  f.db.exec("UPDATE users SET vat_percent = 18000000000 WHERE id = 1");
}

ExitCode code_of(exporters::CallsExport& job, const exporters::ExportOptions& options, std::string* message) {
  try {
    job.check_document(options);
  } catch (const Error& e) {
    *message = e.what();
    return e.code();
  }
  return ExitCode::ok;
}

}  // namespace

TEST_CASE("calls export: the document's facts come from the settings and the user", "[pdf]") {
  test::CallFixture f;
  set_issuer(f);
  store::User u = f.user(1);
  pages::PageContext pc = pages::make_page_context(f.db, u, f.clock, pages::Lang::en);
  const exporters::DocumentFacts d = exporters::load_document_facts(pc);
  CHECK(d.issuer.company == "Kolmi Telecom UAB");
  CHECK(d.issuer.address == std::vector<std::string>{"Gedimino pr. 1", "Vilnius"});  // the lines set
  CHECK(d.issuer.vat_number == "LT100001234567");
  CHECK(d.issuer.email == "billing@kolmi.example");
  CHECK(d.issuer.logo_path.empty());
  CHECK(d.customer.name == "Andrey Mazunin");
  CHECK(d.customer.account == 1);
  CHECK(d.issue_date == "2026-11-28");
  CHECK(d.time_zone == "Europe/Sofia");
  CHECK(exporters::missing_issuer_settings(d.issuer).empty());
  exporters::Issuer none;
  CHECK(exporters::missing_issuer_settings(none) ==
        std::vector<std::string>{"Company", "Company_Address1", "Company_VAT_Number", "Company_Email"});
}

TEST_CASE("calls export: --strict and the logo are checked before anything is written", "[pdf]") {
  test::CallFixture f;
  store::User u = f.user(1);
  pages::PageContext pc = pages::make_page_context(f.db, u, f.clock, pages::Lang::en);
  const exporters::ExportOptions pdf{.format = exporters::ExportFormat::pdf};
  exporters::ExportOptions strict = pdf;
  strict.strict = true;
  std::string message;
  {
    exporters::CallsExport job(pc, {});
    CHECK(code_of(job, pdf, &message) == ExitCode::ok);  // made without them
    CHECK(code_of(job, strict, &message) == ExitCode::usage);
    CHECK(message == "--strict: the document's issuer is incomplete; set Company, Company_Address1, "
                     "Company_VAT_Number, Company_Email with kolmi admin config set");
  }
  set_issuer(f);
  test::ScratchDir dir;
  set_setting(f, "Company_Logo", dir.write("logo.gif", "GIF89a"));
  exporters::CallsExport job(pc, {});
  CHECK(code_of(job, strict, &message) == ExitCode::usage);
  CHECK(message == "the logo file " + dir.file("logo.gif") + " (setting Company_Logo) is not a PNG or JPEG file");
  CHECK(code_of(job, {.format = exporters::ExportFormat::csv}, &message) == ExitCode::ok);  // no logo in a CSV
  f.db.exec("UPDATE conflines SET value = '" + dir.write("logo.png", kPng + "image") + "' WHERE name = 'Company_Logo'");
  exporters::CallsExport good(pc, {});
  CHECK(code_of(good, strict, &message) == ExitCode::ok);
  REQUIRE(good.info().document.logo);
  CHECK(good.info().document.logo->type == exporters::pdf::Logo::Type::png);
}

TEST_CASE("calls export: the PDF's summary is the calls page's, the rows all follow", "[pdf]") {
  test::CallFixture f;
  set_issuer(f);
  add_calls(f);
  store::User u = f.user(1);
  pages::PageContext pc = pages::make_page_context(f.db, u, f.clock, pages::Lang::en);
  const pages::CallsSummary summary = pages::sum_calls(pc, pages::load_calls_page(pc, {}));
  CHECK(summary.calls == 5);
  CHECK(summary.price == *Decimal::parse("1.24956789"));

  exporters::CallsExport job(pc, {});
  const exporters::ExportOptions options{.format = exporters::ExportFormat::pdf, .strict = true};
  job.check_document(options);
  test::PdfFile file;
  job.write(file.sink(), options);
  file.close();
  CHECK(test::qpdf_check(file.path()) == 0);
  const std::string layout =
      test::run_command("pdftotext -q -layout -enc UTF-8 '" + file.path() + "' - 2>/dev/null").out;
  INFO(layout);
  const auto has = [&](const char* re) { return std::regex_search(layout, std::regex(re)); };
  CHECK(has(R"(Kolmi Telecom UAB)"));
  CHECK(has(R"(Calls\s+5\s)"));
  CHECK(has(R"(Answered calls\s+4\s)"));
  CHECK(has(R"(Talk time\s+1:03:03\s)"));  // 3 x 61 + 3600 s
  CHECK(has(R"(Calls, not rated\s+1\s)"));
  // 1.24956789 rounded once to 4 decimals: 1.2496; VAT 18 %: 0.224928 -> 0.2249.
  CHECK(has(R"(Total without VAT, USD\s+1\.2496\s*\n)"));
  CHECK(has(R"(VAT 18.{1,3}%\s+0\.2249\s*\n)"));
  CHECK(has(R"(Total with VAT, USD\s+1\.4745\s*\n)"));
  CHECK(has(R"(United States FIX USA 212 New York\s+4\s+1:03:03\s+1\.2496\s*\n)"));
  // The rows: 0.0050 each, the Total the exact sum rounded once; the rows'
  // rounded prices (3 x 0.0050 + 1.2346 = 1.2496) agree: no note.
  const std::regex row_price(R"(Answered\s+0\.0050\s*\n)");
  CHECK(std::distance(std::sregex_iterator(layout.begin(), layout.end(), row_price), std::sregex_iterator()) == 3);
  CHECK(has(R"(Answered\s+1\.2346\s*\n)"));
  CHECK(has(R"(Total\s+01:03:03\s+1\.2496\s*\n)"));
  CHECK_FALSE(has("add up to"));
}
