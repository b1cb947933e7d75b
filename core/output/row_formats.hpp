#pragma once
// The three row formats, as RowSinks over a byte sink:
//  - CSV (RFC 4180, comma, CRLF): text cells from data are made safe for
//    spreadsheets as the exports' are (output::CsvWriter::field), numbers
//    kolmi formatted are written as they are;
//  - TSV (one line per row, LF): what `cut`, `awk -F'\t'` and `sort` expect;
//    a tab or line break inside a value becomes a space, other control
//    characters and invalid UTF-8 become U+FFFD, nothing is quoted;
//  - table: aligned columns for a person (see TableOptions).
#include <cstddef>
#include <memory>

#include "core/output/row_sink.hpp"
#include "core/xml/xml_writer.hpp"

namespace kolmi::output {

struct TableOptions {
  // The terminal's width in characters; 0 when the output is not a
  // terminal (no limit: nothing is cut).
  std::size_t width = 0;
  // Rows read before the column widths are fixed. Later rows stream; a
  // longer value there widens its own line only.
  std::size_t measured_rows = 1000;
};

std::unique_ptr<RowSink> make_csv_rows(xml::Sink sink);
std::unique_ptr<RowSink> make_tsv_rows(xml::Sink sink);
std::unique_ptr<RowSink> make_table_rows(xml::Sink sink, TableOptions options);

}  // namespace kolmi::output
