#pragma once
// The spec's XML: the tree written through xml::XmlWriter, byte for byte as
// the pages have always printed it (a run of repeated items is no element
// of its own, money is the shown text, extras are left out).
#include <vector>

#include "core/output/tree_writer.hpp"
#include "core/xml/xml_writer.hpp"

namespace kolmi::output {

class XmlTreeWriter final : public TreeWriter {
 public:
  explicit XmlTreeWriter(xml::Sink sink) : xml_(std::move(sink)) {}

  void text(std::string_view name, std::string_view value) override { xml_.leaf(name, value); }
  void integer(std::string_view name, std::int64_t value) override { xml_.leaf(name, value); }
  void number(std::string_view name, std::string_view value) override { xml_.leaf(name, value); }
  void money(std::string_view name, std::optional<Decimal>, std::string_view shown, std::string_view) override {
    xml_.leaf(name, shown);
  }
  void labelled(std::string_view name, std::string_view attr, std::int64_t id, std::string_view label) override;
  bool carries_extras() const override { return false; }

 private:
  void do_begin(std::string_view root) override;
  void do_open(std::string_view name) override;
  void do_open_repeated(std::string_view item, Columns) override;
  void do_open_item() override;
  void do_close() override;
  void do_finish() override { xml_.finish(); }

  xml::XmlWriter xml_;
  // One entry per open element or run: a run's item name, or empty for an
  // element, so do_open_item knows what to open and do_close what to end.
  struct Open {
    std::string_view run_item;
  };
  std::vector<Open> open_;
};

}  // namespace kolmi::output
