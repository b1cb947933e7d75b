// kolmi admin report --format csv|pdf: the same lines, figures and totals
// as the listing, the CSV in the export's separator and decimal mark, the
// PDF a kolmi document (letterhead, facts, table, Total row, footer).
#include <catch2/catch.hpp>

#include <string>

#include "core/console/aggregate_report.hpp"
#include "exporters/report_export.hpp"
#include "pdf_tools.hpp"
#include "tests/core/console/report_fixture.hpp"

using namespace kolmi;

namespace {

console::Report provider_report(test::ReportFixture& f) {
  console::ReportRequest r;
  r.by = "provider";
  r.period = "2026-11";
  return console::load_report(f.db, f.t.clock, r);
}

}  // namespace

TEST_CASE("report CSV: headings in words, money with the report's digits, the totals last", "[exporters][report]") {
  test::ReportFixture f;
  const console::Report report = provider_report(f);
  std::string out;
  exporters::write_report_csv(report, [&](std::string_view b) { out += b; },
                              exporters::CsvOptions{.separator = ';', .decimal = ',', .bom = false});
  CHECK(out ==
        "Provider;Calls;Answered;ASR %;ACD (s);Billsec;Billed minutes;Revenue, USD;Cost, USD;Profit, USD;Margin %\r\n"
        ";2;2;100,00;68;135;2,10;0,3000;0,0000;0,3000;100,00\r\n"
        "Backup;1;0;0,00;;0;0,00;0,0000;0,0000;0,0000;\r\n"
        "Carrier;2;2;100,00;45;90;2,00;0,1500;0,1000;0,0500;33,33\r\n"
        "Total;5;4;80,00;56;225;4,10;0,4500;0,1000;0,3500;77,78\r\n");
  CHECK(exporters::report_file_name(report, exporters::ExportFormat::csv) ==
        "Report-provider-2026-11-01-2026-11-30-USD.csv");
}

TEST_CASE("report PDF: a kolmi document with the groups, the facts and a Total row", "[exporters][report][pdf]") {
  test::ReportFixture f;
  const console::Report report = provider_report(f);
  exporters::ReportDocumentFacts facts;
  facts.issuer.company = "Kolmi Telecom";
  facts.issue_date = "2026-11-28";
  facts.filters = {{"User", "ann"}};
  test::PdfFile file;
  exporters::write_report_pdf(report, facts, file.sink(), {});
  file.close();
  CHECK(test::qpdf_check(file.path()) == 0);
  CHECK(test::pdf_pages(file.path()) == 1);
  const std::string text = test::pdf_text(file.path());
  for (const char* expected : {"Kolmi Telecom", "Aggregate report", "Grouped by", "provider", "User", "ann",
                               "Carrier", "Backup", "Total", "0.4500", "77.78", "Page 1/1"}) {
    INFO(expected);
    CHECK(text.find(expected) != std::string::npos);
  }
}
