#include "core/output/row_tree_writer.hpp"

#include <stdexcept>

#include <fmt/format.h>

namespace kolmi::output {

RowTreeWriter::RowTreeWriter(std::unique_ptr<RowSink> sink) : sink_(std::move(sink)) {}

void RowTreeWriter::do_open(std::string_view name) {
  if (in_row()) throw std::logic_error(fmt::format("row item has a nested element '{}'", name));
  ++depth_;
}

void RowTreeWriter::do_open_repeated(std::string_view item, Columns columns) {
  if (in_row()) throw std::logic_error(fmt::format("row item has a nested run of '{}'", item));
  ++depth_;
  if (columns.empty()) return;
  if (!columns_.empty()) throw std::logic_error(fmt::format("a second main list of '{}'", item));
  columns_.assign(columns.begin(), columns.end());
  values_.resize(columns_.size());
  cells_.resize(columns_.size());
  list_depth_ = depth_;
  sink_->header(columns_);
}

void RowTreeWriter::do_open_item() {
  ++depth_;
  if (list_depth_ > 0 && depth_ == list_depth_ + 1) {
    row_depth_ = depth_;
    next_ = 0;
  }
}

void RowTreeWriter::do_close() {
  if (depth_ == 0) return;
  if (in_row()) {
    if (next_ != columns_.size())
      throw std::logic_error(fmt::format("row ended before column '{}'", columns_[next_]));
    sink_->row(cells_);
    row_depth_ = 0;
  }
  if (depth_ == list_depth_) list_depth_ = -1;  // the main list is over; nothing else is a row
  --depth_;
}

std::string& RowTreeWriter::cell(std::string_view name, bool numeric, bool data) {
  if (next_ >= columns_.size() || columns_[next_] != name)
    throw std::logic_error(fmt::format("row cell '{}' where column '{}' was declared", name,
                                       next_ < columns_.size() ? columns_[next_] : "(none)"));
  std::string& value = values_[next_];
  value.clear();
  cells_[next_] = Cell{{}, numeric, data};
  ++next_;
  return value;
}

// Cells hold views of values_, set when the value is final.
void RowTreeWriter::text(std::string_view name, std::string_view value) {
  if (!in_row()) return;
  std::string& v = cell(name, false, true);
  v.assign(value);
  cells_[next_ - 1].value = v;
}

void RowTreeWriter::integer(std::string_view name, std::int64_t value) {
  if (!in_row()) return;
  std::string& v = cell(name, true, false);
  const auto digits = fmt::format_int(value);
  v.assign(digits.data(), digits.size());
  cells_[next_ - 1].value = v;
}

void RowTreeWriter::number(std::string_view name, std::string_view value) {
  if (!in_row()) return;
  std::string& v = cell(name, true, false);
  v.assign(value);
  cells_[next_ - 1].value = v;
}

void RowTreeWriter::money(std::string_view name, std::optional<Decimal> exact, std::string_view,
                          std::string_view currency) {
  if (!in_row()) return;
  std::string& v = cell(name, true, false);
  if (exact) v.assign(exact->to_string());
  cells_[next_ - 1].value = v;
  if (currency.empty() || next_ >= columns_.size()) return;
  std::string_view next = columns_[next_];
  if (next.size() == name.size() + 9 && next.starts_with(name) && next.ends_with("_currency")) {
    std::string& c = cell(next, false, false);
    c.assign(currency);
    cells_[next_ - 1].value = c;
  }
}

void RowTreeWriter::labelled(std::string_view name, std::string_view, std::int64_t, std::string_view label) {
  text(name, label);
}

void RowTreeWriter::do_finish() { sink_->finish(); }

}  // namespace kolmi::output
