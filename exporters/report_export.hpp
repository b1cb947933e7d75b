#pragma once
// `kolmi admin report --format csv|pdf`: the report of console/aggregate_report
// as a file, with the same lines, figures and totals as its listing
// (console/report_figures). The CSV has a header row of the columns' names
// in words and the totals as the last row; the PDF is a kolmi document
// (exporters/pdf/document_frame: the issuer's letterhead, the title, the
// period, zone, currency and grouping as facts, a paged table with money
// and percentages aligned on the decimal mark, a Total row, footers).
// Exporters never open the database: the command line loads the report and
// the issuer and hands them over.
#include <optional>
#include <string>
#include <vector>

#include "core/console/aggregate_report.hpp"
#include "exporters/document_facts.hpp"
#include "exporters/export_options.hpp"
#include "exporters/export_rows.hpp"
#include "exporters/pdf_exports.hpp"

namespace kolmi::exporters {

// What the PDF says besides the report: who issues it, when, and the
// filters it was made with ("User: ann"), one line each.
struct ReportDocumentFacts {
  Issuer issuer;
  std::optional<pdf::Logo> logo;
  std::string issue_date;  // YYYY-MM-DD
  std::vector<std::pair<std::string, std::string>> filters;
};

// Report-<dimensions joined by '-'>-<first day>-<last day>-<CUR>.csv|pdf
std::string report_file_name(const console::Report& report, ExportFormat format);

// Throws what `sink` throws, and std::overflow_error as report_figures does.
void write_report_csv(const console::Report& report, const ByteSink& sink, const CsvOptions& options);
// Throws Error(storage) for the font and libharu, and what `sink` throws.
void write_report_pdf(const console::Report& report, const ReportDocumentFacts& facts, const ByteSink& sink,
                      const PdfOptions& options);

}  // namespace kolmi::exporters
