#pragma once
// The one interface every page, action and listing writes through, so a
// page is written once and comes out as the spec's XML, as JSON, or as rows
// (CSV, TSV, an aligned table): the output contract of shared/spec/cli.md
// ("Output"). Back-ends stream: nothing but the current row is kept, so a
// list of a million calls costs one small buffer in every format.
//
// The tree is the XML's: elements with children, lists whose children are
// all one repeated item element (JSON needs to know that an element is
// repeated before its first item, so a list of one is still an array), and
// typed leaves (text, integers, numbers the XML shows as text, money).
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"

namespace kolmi::output {

// The columns of a document's main list, as the row formats print them.
using Columns = std::span<const std::string_view>;

class TreeWriter {
 public:
  TreeWriter() = default;
  TreeWriter(const TreeWriter&) = delete;
  TreeWriter& operator=(const TreeWriter&) = delete;
  virtual ~TreeWriter() = default;

  // The root element (after the XML declaration).
  void begin(std::string_view root) {
    do_begin(root);
    frames_.push_back(Frame::element);
  }
  // An element with children.
  void open(std::string_view name) {
    do_open(name);
    frames_.push_back(Frame::element);
  }
  // An element whose children are all `item` elements: open(name), then
  // open_repeated(item, columns); one close() ends both.
  void open_list(std::string_view name, std::string_view item, Columns columns = {}) {
    do_open(name);
    do_open_repeated(item, columns);
    frames_.push_back(Frame::list);
  }
  // From here to the matching close(), the children of the open element
  // are `item` elements (JSON: an array under the key `item`; the XML
  // writes nothing for this call). `columns` marks the document's main
  // list: the row formats print its items, one row each, and nothing else;
  // each item must write exactly these leaves in this order.
  void open_repeated(std::string_view item, Columns columns = {}) {
    do_open_repeated(item, columns);
    frames_.push_back(Frame::repeated);
  }
  // One item (with children) of the innermost repeated run.
  void open_item() {
    do_open_item();
    frames_.push_back(Frame::element);
  }
  // Closes the innermost open element, list, run or item.
  void close() {
    if (frames_.empty()) return;
    const Frame f = frames_.back();
    frames_.pop_back();
    do_close();
    if (f == Frame::list) do_close();
  }

  // Leaves. Inside a run of plain values, `name` is the run's item.
  virtual void text(std::string_view name, std::string_view value) = 0;
  virtual void integer(std::string_view name, std::int64_t value) = 0;
  // A number the XML shows as text ("18.0", "0.5", "75"): a JSON number,
  // and "" becomes null.
  virtual void number(std::string_view name, std::string_view value) = 0;
  // Money. The XML shows `shown` (rounded to Nice_Number_Digits, maybe with
  // its currency code); the other formats carry `exact` as an exact decimal
  // string (null when there is none: an unrated call) and, when `currency`
  // is not empty, a sibling NAME_currency.
  virtual void money(std::string_view name, std::optional<Decimal> exact, std::string_view shown,
                     std::string_view currency) = 0;
  // <name attr="id">label</name>: JSON {"attr": id, "text": label}.
  virtual void labelled(std::string_view name, std::string_view attr, std::int64_t id,
                        std::string_view label) = 0;

  // False only for the spec's XML, which must stay as the spec has it;
  // data formats carry extra values for scripts (a call's billsec).
  virtual bool carries_extras() const = 0;

  // Closes everything still open and hands the rest to the sink.
  void finish() {
    while (!frames_.empty()) close();
    do_finish();
  }

 protected:
  // The back-ends' halves of the calls above; each do_close ends the
  // innermost thing its own do_open* began.
  virtual void do_begin(std::string_view root) = 0;
  virtual void do_open(std::string_view name) = 0;
  virtual void do_open_repeated(std::string_view item, Columns columns) = 0;
  virtual void do_open_item() = 0;
  virtual void do_close() = 0;
  virtual void do_finish() = 0;

 private:
  enum class Frame : std::uint8_t { element, list, repeated };
  std::vector<Frame> frames_;
};

}  // namespace kolmi::output
