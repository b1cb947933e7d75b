#include "core/output/tree_writers.hpp"

#include "core/output/json_tree_writer.hpp"
#include "core/output/row_tree_writer.hpp"
#include "core/output/xml_tree_writer.hpp"

namespace kolmi::output {

std::unique_ptr<TreeWriter> make_tree_writer(Format format, xml::Sink sink, TableOptions table) {
  switch (format) {
    case Format::xml: return std::make_unique<XmlTreeWriter>(std::move(sink));
    case Format::json: return std::make_unique<JsonTreeWriter>(std::move(sink));
    case Format::csv: return std::make_unique<RowTreeWriter>(make_csv_rows(std::move(sink)));
    case Format::tsv: return std::make_unique<RowTreeWriter>(make_tsv_rows(std::move(sink)));
    case Format::table: return std::make_unique<RowTreeWriter>(make_table_rows(std::move(sink), table));
  }
  return std::make_unique<XmlTreeWriter>(std::move(sink));
}

}  // namespace kolmi::output
