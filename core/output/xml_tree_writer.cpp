#include "core/output/xml_tree_writer.hpp"

#include <fmt/format.h>

namespace kolmi::output {

void XmlTreeWriter::do_begin(std::string_view root) {
  xml_.declaration();
  do_open(root);
}

void XmlTreeWriter::do_open(std::string_view name) {
  xml_.open(name);
  open_.push_back({});
}

void XmlTreeWriter::do_open_repeated(std::string_view item, Columns) { open_.push_back({item}); }

void XmlTreeWriter::do_open_item() {
  // An item outside a run is a page's bug, written visibly rather than as
  // invalid XML.
  const bool in_run = !open_.empty() && !open_.back().run_item.empty();
  do_open(in_run ? open_.back().run_item : std::string_view("item"));
}

void XmlTreeWriter::do_close() {
  if (open_.empty()) return;
  const bool run = !open_.back().run_item.empty();
  open_.pop_back();
  if (!run) xml_.close();
}

void XmlTreeWriter::labelled(std::string_view name, std::string_view attr, std::int64_t id,
                             std::string_view label) {
  xml_.leaf_with_attribute(name, attr, fmt::format_int(id).c_str(), label);
}

}  // namespace kolmi::output
