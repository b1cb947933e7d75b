#include "exporters/calls_export.hpp"

#include <stdexcept>

#include "exporters/calls_csv.hpp"
#include "exporters/file_names.hpp"
#include "exporters/pdf_exports.hpp"
#include "exporters/xlsx_exports.hpp"

namespace kolmi::exporters {

CallsExport::CallsExport(const pages::PageContext& pc, const pages::CallsRequest& request)
    : pc_(pc), page_(pages::load_calls_page(pc, request)) {
  info_.full_name = pc.user.full_name();
  info_.period_from = page_.period.start_text;
  info_.period_till = page_.period.end_text;
  info_.currency = page_.currency;
  info_.total_calls = page_.total_calls;
  info_.digits = pc.digits;
  info_.lang = pc.lang;
  info_.document = load_document_facts(pc);
  // Prepared now, so a failure shows before any output exists.
  source_.emplace(store::CallCursor::open(pc.db, page_.filter), pc.zone,
                  pages::PriceConverter(pc.currencies, page_.currency), pc.digits, pc.lang);
}

void CallsExport::check_document(const ExportOptions& options) {
  if (options.format == ExportFormat::pdf) check_document_facts(info_.document, options.strict);
}

std::string CallsExport::file_name(ExportFormat format) const {
  return calls_file_name(pc_.user.username, info_.period_from, info_.period_till, info_.currency, format);
}

void CallsExport::write(const ByteSink& sink, const ExportOptions& options) {
  if (!source_) throw std::logic_error("CallsExport::write called twice");
  CallRowSource rows = [this](CallExportRow& row) { return source_->next(row); };
  if (options.format == ExportFormat::csv) {
    write_calls_csv(rows, sink, options.csv, options.progress);
  } else if (options.format == ExportFormat::xlsx) {
    write_calls_xlsx(info_, rows, sink, XlsxOptions{.scratch_dir = options.scratch_dir, .progress = options.progress});
  } else {
    // The summary reads the calls once before the list: the cursor is
    // closed first (on MariaDB nothing else may run while it streams; kept
    // open, the list comes out empty on both back-ends, see
    // tests/exporters/test_calls_export.cpp) and opened again on the same
    // snapshot.
    source_.reset();
    info_.breakdown = pages::break_down_calls(pc_, page_, pc_.digits);
    source_.emplace(store::CallCursor::open(pc_.db, page_.filter), pc_.zone,
                    pages::PriceConverter(pc_.currencies, page_.currency), pc_.digits, pc_.lang);
    write_calls_pdf(info_, rows, sink,
                    PdfOptions{.font_path = options.font_path, .progress = options.progress});
  }
  source_.reset();
}

}  // namespace kolmi::exporters
