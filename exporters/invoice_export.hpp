#pragma once
// `kolmi invoices export` and `kolmi admin invoices export`: one invoice
// (made by kolmi admin invoices generate) as a file with its lines, MOR's
// invoice details: CSV (below), PDF (exporters/invoice_pdf.hpp: the
// invoice-grade layout) or XLSX (exporters/invoice_xlsx.hpp: the CSV's
// table with typed cells).
//
// Read for one user (the page context's): an invoice of another user is
// not found, exactly like a missing one. Amounts are in the user's
// currency, converted from the default currency as the invoices page
// converts them, exact here and rounded once by each writer to
// Nice_Number_Digits.
#include <cstdint>
#include <string>
#include <vector>

#include "core/pages/page_context.hpp"
#include "core/store/invoices.hpp"
#include "exporters/document_facts.hpp"
#include "exporters/export_options.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

// What the writers write, every value ready (strings on the user's wall
// clock, money exact in `currency`).
struct InvoiceExportInfo {
  std::string number{};
  std::string period_start{}, period_end{};  // local 'YYYY-MM-DD HH:MM:SS'
  std::string issue_date{};                  // local 'YYYY-MM-DD HH:MM:SS'
  std::string currency{};
  std::string vat_percent{};  // "18", "20.5"
  // The invoice row's own amounts: price, price_with_vat - price, price_with_vat.
  Decimal price{}, vat{}, price_with_vat{};
  int digits = 2;
  // The PDF's words and letterhead (the CSV needs neither).
  pages::Lang lang = pages::Lang::en;
  std::string full_name{};
  DocumentFacts document{};  // issue_date: the invoice's, not today
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
  // Reads the invoice, its lines and (for a PDF) who it is from and for.
  // Throws Error(not_found) when the user has no invoice `invoice_id`,
  // Error(storage) for the database. Keeps no reference to `pc`.
  InvoiceExport(const pages::PageContext& pc, std::int64_t invoice_id);

  // Invoice-<number>.csv|pdf|xlsx (the number made safe for a file name).
  std::string file_name(ExportFormat format) const;
  const InvoiceExportInfo& info() const { return info_; }
  const std::vector<InvoiceExportLine>& lines() const { return lines_; }
  // Before any file is made: for a PDF, reads and checks the logo and, with
  // options.strict, the issuer settings (exporters/document_facts.hpp):
  // Error(usage) naming what is wrong.
  void check_document(const ExportOptions& options);
  // Writes the file into `sink`. Throws Error(storage) for the PDF and XLSX
  // writers, and what `sink` throws.
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

// The rows the CSV and the XLSX share, as texts ('.' decimals; "" for an
// empty cell): Name, Type, Quantity, Minutes, Price. One per line, then
// the total, VAT and total with VAT rows.
struct InvoiceTableRow {
  std::string name, type, quantity, minutes, price;
};
std::vector<InvoiceTableRow> invoice_table_rows(const InvoiceExportInfo& info,
                                                const std::vector<InvoiceExportLine>& lines);

}  // namespace kolmi::exporters
