#include "exporters/xlsx/xlsx_workbook.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "exporters/xlsx/deflater.hpp"
#include "exporters/xlsx/zip_writer.hpp"

namespace kolmi::exporters::xlsx {

Workbook::Workbook(const std::string& scratch_dir, const Properties& properties)
    : scratch_dir_(scratch_dir.empty() ? "." : scratch_dir), properties_(properties) {
  if (properties_.created == 0) properties_.created = std::time(nullptr);
}

int Workbook::style(std::string_view num_format, bool bold) {
  for (std::size_t i = 0; i < styles_.size(); ++i) {
    if (styles_[i].num_format == num_format && styles_[i].bold == bold) return static_cast<int>(i + 1);
  }
  styles_.push_back({std::string(num_format), bold});
  return static_cast<int>(styles_.size());
}

Worksheet& Workbook::add_sheet(std::string name) {
  sheets_.push_back(std::make_unique<Worksheet>(std::move(name), scratch_dir_));
  return *sheets_.back();
}

void Workbook::save(const ByteSink& sink) {
  if (saved_) throw std::logic_error("xlsx::Workbook::save called twice");
  saved_ = true;
  std::vector<SheetEntry> entries;
  for (const auto& s : sheets_) {
    if (!s->framed) throw std::logic_error("xlsx::Workbook::save: a sheet was not finished");
    entries.push_back({s->name, s->filter_ref});
  }
  ZipWriter zip(sink, properties_.created);
  zip.add_text("[Content_Types].xml", content_types_xml(sheets_.size()));
  zip.add_text("_rels/.rels", package_rels_xml());
  zip.add_text("docProps/app.xml", app_properties_xml());
  zip.add_text("docProps/core.xml", core_properties_xml(properties_.title, properties_.subject, properties_.author,
                                                        properties_.created));
  zip.add_text("xl/_rels/workbook.xml.rels", workbook_rels_xml(sheets_.size()));
  zip.add_text("xl/workbook.xml", workbook_xml(entries));
  zip.add_text("xl/styles.xml", styles_xml(styles_));
  for (std::size_t i = 0; i < sheets_.size(); ++i) {
    Worksheet& s = *sheets_[i];
    // Head and tail are deflated apart and laid around the rows' data.
    auto head = std::make_shared<DeflatedText>(deflate_text(s.head, false));
    auto tail = std::make_shared<DeflatedText>(deflate_text(s.tail, true));
    auto from_memory = [](const std::shared_ptr<DeflatedText>& d) {
      return DeflatedPart{d->crc, d->raw_size, d->bytes.size(), [d](const ByteSink& out) { out(d->bytes); }};
    };
    zip.add(fmt::format("xl/worksheets/sheet{}.xml", i + 1), {from_memory(head), s.body.finish(), from_memory(tail)});
  }
  zip.finish();
}

}  // namespace kolmi::exporters::xlsx
