#include "exporters/rates_export.hpp"

#include <stdexcept>

#include "core/store/user_accounts.hpp"
#include "exporters/file_names.hpp"
#include "exporters/pdf_exports.hpp"
#include "exporters/xlsx_exports.hpp"
#include "exporters/rates_csv.hpp"

namespace kolmi::exporters {

RatesExport::RatesExport(const pages::PageContext& pc, std::optional<std::string_view> currency) : pc_(pc) {
  info_.currency = pc.display_currency(currency);
  info_.full_name = pc.user.full_name();
  info_.tariff = store::tariff_name(pc.db, pc.user.tariff_id);  // "" without one
  info_.digits = pc.digits;
  info_.lang = pc.lang;
  info_.document = load_document_facts(pc);
  rates_.emplace(pc.db, pc.user, pc.currencies, info_.currency, pc.digits, pc.clock.now());
}

void RatesExport::check_document(const ExportOptions& options) {
  if (options.format == ExportFormat::pdf) check_document_facts(info_.document, options.strict);
}

std::string RatesExport::file_name(ExportFormat format) const {
  return rates_file_name(pc_.user.username, info_.currency, format);
}

void RatesExport::write(const ByteSink& sink, const ExportOptions& options) {
  if (!rates_) throw std::logic_error("RatesExport::write called twice");
  RateRowSource rows = [this](pages::PersonalRate& r) { return rates_->next(r); };
  if (options.format == ExportFormat::csv) {
    write_rates_csv(info_, rows, sink, options.csv);
  } else if (options.format == ExportFormat::xlsx) {
    write_rates_xlsx(info_, rows, sink, XlsxOptions{.scratch_dir = options.scratch_dir, .progress = options.progress});
  } else {
    write_rates_pdf(info_, rows, sink,
                    PdfOptions{.font_path = options.font_path, .progress = options.progress});
  }
  rates_.reset();
}

}  // namespace kolmi::exporters
