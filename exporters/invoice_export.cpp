#include "exporters/invoice_export.hpp"

#include <array>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/output/csv_writer.hpp"
#include "core/pages/account_common.hpp"
#include "core/pages/format.hpp"
#include "exporters/file_names.hpp"

namespace kolmi::exporters {

InvoiceExport::InvoiceExport(const pages::PageContext& pc, std::int64_t invoice_id) {
  const auto invoice = store::find_user_invoice(pc.db, invoice_id, pc.user.id);
  if (!invoice) throw not_found_error(fmt::format("no invoice {} of yours", invoice_id));
  const std::string& currency = pc.user.currency;
  info_ = {.number = invoice->number,
           .period_start = pages::shown_time(pc, invoice->period_start),
           .period_end = pages::shown_time(pc, invoice->period_end),
           .currency = currency,
           .vat_percent = pc.user.vat_percent.to_string(),
           .price = pc.converted(invoice->price, currency),
           .vat = pc.converted(invoice->price_with_vat - invoice->price, currency),
           .price_with_vat = pc.converted(invoice->price_with_vat, currency),
           .digits = pc.digits};
  store::for_each_invoice_line(pc.db, invoice_id, [&](const store::InvoiceLineRow& l) {
    lines_.push_back({.name = l.name,
                      .type = l.invdet_type,
                      .quantity = l.quantity,
                      .total_time = l.total_time,
                      .price = pc.converted(l.price, currency)});
  });
}

std::string InvoiceExport::file_name(ExportFormat format) const {
  return fmt::format("Invoice-{}.{}", safe_name_part(info_.number), extension(format));
}

void InvoiceExport::write(const ByteSink& sink, const ExportOptions& options) const {
  if (options.format != ExportFormat::csv) {
    throw usage_error("--format: invoices are exported as csv for now (pdf and xlsx come later)");
  }
  write_invoice_csv(info_, lines_, sink, options.csv);
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
  auto row = [&](std::string_view name, std::string_view type, std::string_view quantity,
                 std::string_view minutes, Decimal price) {
    csv.field(info.number);  // from data: made safe
    csv.plain_field(info.period_start);
    csv.plain_field(info.period_end);
    csv.field(name);
    csv.field(type);
    csv.plain_field(quantity);
    csv.plain_field(with_decimal_mark(minutes, options.decimal, buf));
    const std::string money = pages::format_money(price, info.digits);
    csv.plain_field(with_decimal_mark(money, options.decimal, buf));
    csv.plain_field(info.currency);
    csv.end_row();
  };
  for (const InvoiceExportLine& l : lines) {
    const std::string minutes =
        l.type == "calls" ? Decimal::from_units(l.total_time).mul_div(1, 60).to_fixed(2) : std::string();
    row(l.name, l.type, std::to_string(l.quantity), minutes, l.price);
  }
  row("Total", "total", "", "", info.price);
  row(fmt::format("VAT {}%", info.vat_percent), "vat", "", "", info.vat);
  row("Total with VAT", "total_with_vat", "", "", info.price_with_vat);
  csv.flush();
}

}  // namespace kolmi::exporters
