#include "exporters/invoice_xlsx.hpp"

#include <array>

#include "exporters/pdf/document_words.hpp"
#include "exporters/xlsx/xlsx_table.hpp"
#include "exporters/xlsx/xlsx_workbook.hpp"

namespace kolmi::exporters {

void write_invoice_xlsx(const InvoiceExportInfo& info, const std::vector<InvoiceExportLine>& lines,
                        const ByteSink& sink, const std::string& scratch_dir) {
  using xlsx::Kind;
  const pages::Lang lang = info.lang;
  auto column = [lang](std::string_view key, Kind kind) { return xlsx::Column{std::string(pdf::word(lang, key)), kind}; };
  const std::string title = std::string(pdf::word(lang, "Invoice")) + " " + info.number;
  xlsx::Workbook book(scratch_dir,
                      {.title = title,
                       .subject = std::string(pdf::word(lang, "Period")) + ": " + info.period_start + " \u2014 " +
                                  info.period_end + ", " + std::string(pdf::word(lang, "Currency")) + ": " +
                                  info.currency,
                       .author = info.document.issuer.company});
  xlsx::Table table(book, title,
                    {column("Invoice", Kind::text), column("Period start", Kind::date),
                     column("Period end", Kind::date), column("Name", Kind::text), column("Type", Kind::text),
                     column("Quantity", Kind::number), column("Minutes", Kind::number),
                     column("Price", Kind::money), column("Currency", Kind::text)},
                    {.digits = info.digits, .currency = info.currency});
  for (const InvoiceTableRow& r : invoice_table_rows(info, lines)) {
    const std::array<xlsx::Cell, 9> cells{{{info.number},
                                           {info.period_start},
                                           {info.period_end},
                                           {r.name},
                                           {r.type},
                                           {r.quantity},
                                           {r.minutes},
                                           {r.price},
                                           {info.currency}}};
    table.add_row(cells);
  }
  table.finish();
  book.save(sink);
}

}  // namespace kolmi::exporters
