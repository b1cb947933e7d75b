#pragma once
// `kolmi invoices export INVOICE_ID` and `kolmi admin invoices export`: one
// invoice (made by kolmi admin invoices generate) as a file with its
// lines, MOR's invoice details. CSV only for now; PDF and XLSX come with
// the invoice-grade PDF layout and the XLSX writer.
//
// Read for one user (the page context's): an invoice of another user is
// not found, exactly like a missing one. Amounts are in the user's
// currency, converted from the default currency as the invoices page
// converts them, rounded to Nice_Number_Digits for the file.
#include <cstdint>
#include <string>
#include <vector>

#include "core/pages/page_context.hpp"
#include "core/store/invoices.hpp"
#include "exporters/export_options.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

// What the CSV writes, every value ready (strings on the user's wall
// clock, money exact in `currency`).
struct InvoiceExportInfo {
  std::string number{};
  std::string period_start{}, period_end{};  // local 'YYYY-MM-DD HH:MM:SS'
  std::string currency{};
  std::string vat_percent{};  // "18", "20.5"
  Decimal price{}, vat{}, price_with_vat{};
  int digits = 2;
};

struct InvoiceExportLine {
  std::string name{};
  std::string type{};  // calls, periodic_fee, flat_rate, one_time_fee
  std::int64_t quantity = 0;
  std::int64_t total_time = 0;  // calls: billed seconds
  Decimal price{};  // exact, in the info's currency
};

class InvoiceExport {
 public:
  // Reads the invoice and its lines. Throws Error(not_found) when the
  // user has no invoice `invoice_id`, Error(storage) for the database.
  // `pc` must outlive this object.
  InvoiceExport(const pages::PageContext& pc, std::int64_t invoice_id);

  // Invoice-<number>.csv (the number made safe for a file name).
  std::string file_name(ExportFormat format) const;
  const InvoiceExportInfo& info() const { return info_; }
  // Writes the file into `sink`. Throws Error(usage) for a format other
  // than csv, and what `sink` throws.
  void write(const ByteSink& sink, const ExportOptions& options) const;

 private:
  InvoiceExportInfo info_;
  std::vector<InvoiceExportLine> lines_;
};

// The CSV: the header Invoice;Period_start;Period_end;Name;Type;Quantity;
// Minutes;Price;Currency, one row per line (Minutes = billed seconds ÷ 60
// with two decimals, calls lines only), then three rows of Type total,
// vat and total_with_vat (Name "Total", "VAT <percent>%", "Total with VAT").
// Every row names the invoice and its period, so the files of many users
// can be joined into one table.
void write_invoice_csv(const InvoiceExportInfo& info, const std::vector<InvoiceExportLine>& lines,
                       const ByteSink& sink, const CsvOptions& options);

}  // namespace kolmi::exporters
