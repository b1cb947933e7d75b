// TRANSIENT: replaced by the libharu implementation before this lands.
#include "exporters/pdf_exports.hpp"

#include "core/error.hpp"

namespace kolmi::exporters {

void write_rates_pdf(const RatesExportInfo&, const RateRowSource&, const ByteSink&, const PdfOptions&) {
  throw storage_error("PDF export is not built yet");
}
void write_calls_pdf(const CallsExportInfo&, const CallRowSource&, const ByteSink&, const PdfOptions&) {
  throw storage_error("PDF export is not built yet");
}

}  // namespace kolmi::exporters
