#include "exporters/invoice_export.hpp"

#include <array>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/output/csv_writer.hpp"
#include "core/pages/account_common.hpp"
#include "core/pages/format.hpp"
#include "exporters/file_names.hpp"
#include "exporters/invoice_pdf.hpp"
#include "exporters/invoice_xlsx.hpp"

namespace kolmi::exporters {

InvoiceExport::InvoiceExport(const pages::PageContext& pc, std::int64_t invoice_id) {
  const auto invoice = store::find_user_invoice(pc.db, invoice_id, pc.user.id);
  if (!invoice) throw not_found_error(fmt::format("no invoice {} of yours", invoice_id));
  const std::string& currency = pc.user.currency;
  info_ = {.number = invoice->number,
           .period_start = pages::shown_time(pc, invoice->period_start),
           .period_end = pages::shown_time(pc, invoice->period_end),
           .issue_date = pages::shown_time(pc, invoice->issue_date),
           .currency = currency,
           .vat_percent = pc.user.vat_percent.to_string(),
           .price = pc.converted(invoice->price, currency),
           .vat = pc.converted(invoice->price_with_vat - invoice->price, currency),
           .price_with_vat = pc.converted(invoice->price_with_vat, currency),
           .digits = pc.digits,
           .lang = pc.lang,
           .full_name = pc.user.full_name()};
  store::for_each_invoice_line(pc.db, invoice_id, [&](const store::InvoiceLineRow& l) {
    lines_.push_back({.name = l.name,
                      .type = l.invdet_type,
                      .quantity = l.quantity,
                      .total_time = l.total_time,
                      .price = pc.converted(l.price, currency)});
  });
  // Read after the lines: on MariaDB nothing else may run while they stream.
  info_.document = load_document_facts(pc);
  info_.document.issue_date = info_.issue_date.substr(0, 10);  // the invoice's, not today
}

std::string InvoiceExport::file_name(ExportFormat format) const {
  return fmt::format("Invoice-{}.{}", safe_name_part(info_.number), extension(format));
}

void InvoiceExport::check_document(const ExportOptions& options) {
  if (options.format == ExportFormat::pdf) check_document_facts(info_.document, options.strict);
}

void InvoiceExport::write(const ByteSink& sink, const ExportOptions& options) const {
  switch (options.format) {
    case ExportFormat::csv:
      write_invoice_csv(info_, lines_, sink, options.csv);
      break;
    case ExportFormat::pdf:
      write_invoice_pdf(info_, lines_, sink, options.font_path);
      break;
    case ExportFormat::xlsx:
      write_invoice_xlsx(info_, lines_, sink, options.scratch_dir);
      break;
  }
}

std::vector<InvoiceTableRow> invoice_table_rows(const InvoiceExportInfo& info,
                                                const std::vector<InvoiceExportLine>& lines) {
  std::vector<InvoiceTableRow> rows;
  rows.reserve(lines.size() + 3);
  for (const InvoiceExportLine& l : lines) {
    std::string minutes =
        l.type == "calls" ? Decimal::from_units(l.total_time).mul_div(1, 60).to_fixed(2) : std::string();
    rows.push_back({l.name, l.type, std::to_string(l.quantity), std::move(minutes),
                    pages::format_money(l.price, info.digits)});
  }
  rows.push_back({"Total", "total", "", "", pages::format_money(info.price, info.digits)});
  rows.push_back({fmt::format("VAT {}%", info.vat_percent), "vat", "", "", pages::format_money(info.vat, info.digits)});
  rows.push_back(
      {"Total with VAT", "total_with_vat", "", "", pages::format_money(info.price_with_vat, info.digits)});
  return rows;
}

void write_invoice_csv(const InvoiceExportInfo& info, const std::vector<InvoiceExportLine>& lines,
                       const ByteSink& sink, const CsvOptions& options) {
  output::CsvWriter csv(sink, options.separator);
  if (options.bom) csv.bom();
  for (std::string_view name :
       {"Invoice", "Period_start", "Period_end", "Name", "Type", "Quantity", "Minutes", "Price", "Currency"}) {
    csv.plain_field(name);
  }
  csv.end_row();
  std::array<char, 32> buf{};
  for (const InvoiceTableRow& r : invoice_table_rows(info, lines)) {
    csv.field(info.number);  // from data: made safe
    csv.plain_field(info.period_start);
    csv.plain_field(info.period_end);
    csv.field(r.name);
    csv.field(r.type);
    csv.plain_field(r.quantity);
    csv.plain_field(with_decimal_mark(r.minutes, options.decimal, buf));
    csv.plain_field(with_decimal_mark(r.price, options.decimal, buf));
    csv.plain_field(info.currency);
    csv.end_row();
  }
  csv.flush();
}

}  // namespace kolmi::exporters
