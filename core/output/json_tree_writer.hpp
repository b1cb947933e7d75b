#pragma once
// JSON: the same tree as the XML. Element names are keys, a run of repeated
// items is an array under the item's name (so a list of one or none is
// still an array), integers and the numbers the XML shows as text are
// JSON numbers, money is a string holding the exact decimal with a
// NAME_currency sibling, a missing amount is null, and
// <name attr="id">label</name> is {"attr": id, "text": label}.
//
// Written as it goes (one buffer, flushed in chunks); each list item is one
// line, so `grep` and line-oriented tools still work on big lists.
#include <string>
#include <vector>

#include "core/output/tree_writer.hpp"
#include "core/xml/xml_writer.hpp"

namespace kolmi::output {

class JsonTreeWriter final : public TreeWriter {
 public:
  explicit JsonTreeWriter(xml::Sink sink);

  void text(std::string_view name, std::string_view value) override;
  void integer(std::string_view name, std::int64_t value) override;
  void number(std::string_view name, std::string_view value) override;
  void money(std::string_view name, std::optional<Decimal> exact, std::string_view shown,
             std::string_view currency) override;
  void labelled(std::string_view name, std::string_view attr, std::int64_t id, std::string_view label) override;
  bool carries_extras() const override { return true; }

 private:
  void do_begin(std::string_view root) override;
  void do_open(std::string_view name) override;
  void do_open_repeated(std::string_view item, Columns columns) override;
  void do_open_item() override;
  void do_close() override;
  void do_finish() override;

  enum class Kind : std::uint8_t { object, array };
  struct Frame {
    Kind kind;
    bool compact;      // an item: its members on one line
    bool empty = true;
  };
  // Starts a member of the innermost frame: the comma, the line break and
  // indentation of a multi-line frame, and the key inside an object.
  void member(std::string_view name);
  void push(Kind kind, bool compact);
  void maybe_flush();

  std::string buf_;
  xml::Sink sink_;
  std::vector<Frame> frames_;
  std::string key_;  // scratch for NAME_currency
};

// Appends `text` as a JSON string (quotes included): well-formed UTF-8,
// invalid bytes and U+FFFE/U+FFFF as U+FFFD, control characters escaped.
void append_json_string(std::string& out, std::string_view text);
// True when `text` is a JSON number as written ("-12", "0.5", "18.0").
bool is_json_number(std::string_view text);

}  // namespace kolmi::output
