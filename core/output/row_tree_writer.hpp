#pragma once
// The row formats' tree writer: of the whole tree it keeps only the items of
// the main list (the run opened with columns), one row each, into a
// RowSink. The page's other leaves are the page's frame, which a CSV of
// calls does not repeat on every row. Each item must write exactly the
// declared columns in order (money's NAME_currency included when the next
// column is that): a page that drifts from its columns is a bug, reported
// as std::logic_error rather than as a shifted column.
#include <memory>
#include <string>
#include <vector>

#include "core/output/row_sink.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::output {

class RowTreeWriter final : public TreeWriter {
 public:
  explicit RowTreeWriter(std::unique_ptr<RowSink> sink);

  void text(std::string_view name, std::string_view value) override;
  void integer(std::string_view name, std::int64_t value) override;
  void number(std::string_view name, std::string_view value) override;
  void money(std::string_view name, std::optional<Decimal> exact, std::string_view shown,
             std::string_view currency) override;
  void labelled(std::string_view name, std::string_view attr, std::int64_t id, std::string_view label) override;
  bool carries_extras() const override { return true; }

 private:
  void do_begin(std::string_view root) override { do_open(root); }
  void do_open(std::string_view name) override;
  void do_open_repeated(std::string_view item, Columns columns) override;
  void do_open_item() override;
  void do_close() override;
  void do_finish() override;

  bool in_row() const { return row_depth_ != 0 && depth_ == row_depth_; }
  // The next cell of the current row; checks it is column `name`.
  std::string& cell(std::string_view name, bool numeric, bool data);

  std::unique_ptr<RowSink> sink_;
  std::vector<std::string_view> columns_;
  std::vector<std::string> values_;  // the current row, reused
  std::vector<Cell> cells_;
  std::size_t next_ = 0;             // the next column of the current row
  int depth_ = 0;                    // open elements
  int list_depth_ = 0;               // the main list's depth; 0 outside it
  int row_depth_ = 0;                // an item of the main list's depth; 0 outside one
};

}  // namespace kolmi::output
