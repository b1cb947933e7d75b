#include <algorithm>
#include <string>
#include <vector>

#include "core/output/one_line.hpp"
#include "core/output/row_formats.hpp"
#include "core/text/utf8_text.hpp"

namespace kolmi::output {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …
constexpr std::size_t kGap = 2;                         // spaces between columns
constexpr std::size_t kNarrowest = 6;                   // a cut column keeps this many characters

// The first `chars` characters of well-formed UTF-8 `s`.
std::string_view first_characters(std::string_view s, std::size_t chars) {
  std::size_t i = 0;
  for (std::size_t n = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (n++ == chars) break;
  }
  return s.substr(0, i);
}

struct Cellule {
  std::string text;
  std::size_t chars = 0;
  bool numeric = false;
};

class TableRows final : public RowSink {
 public:
  TableRows(xml::Sink sink, TableOptions options) : sink_(std::move(sink)), options_(options) {}

  void header(std::span<const std::string_view> names) override {
    std::vector<Cellule> row;
    for (std::string_view name : names) row.push_back(make(name, false));
    buffered_.push_back(std::move(row));
  }

  void row(std::span<const Cell> cells) override {
    std::vector<Cellule> row;
    row.reserve(cells.size());
    for (const Cell& c : cells) row.push_back(make(c.value, c.numeric));
    if (measured_) {
      write(row);
      if (buf_.size() >= 64 * 1024) flush();
      return;
    }
    if (buffered_.size() == 1) {  // the first row tells which columns are numbers
      for (std::size_t i = 0; i < row.size() && i < buffered_[0].size(); ++i) buffered_[0][i].numeric = row[i].numeric;
    }
    buffered_.push_back(std::move(row));
    if (buffered_.size() > options_.measured_rows) measure();
  }

  void finish() override {
    if (!measured_) measure();
    flush();
  }

 private:
  Cellule make(std::string_view value, bool numeric) {
    Cellule c;
    append_one_line(c.text, value);
    c.chars = text::count_characters(c.text);
    c.numeric = numeric;
    return c;
  }

  void measure() {
    measured_ = true;
    if (buffered_.empty()) return;
    widths_.assign(buffered_[0].size(), 0);
    for (const auto& row : buffered_) {
      for (std::size_t i = 0; i < row.size() && i < widths_.size(); ++i) widths_[i] = std::max(widths_[i], row[i].chars);
    }
    fit_to_terminal();
    for (const auto& row : buffered_) write(row);
    buffered_.clear();
    buffered_.shrink_to_fit();
  }

  // Narrows the widest text columns, a character at a time, until the
  // table fits the terminal or nothing more can be narrowed. Numbers are
  // never cut: a cut number is a wrong number.
  void fit_to_terminal() {
    if (options_.width == 0 || widths_.empty()) return;
    const std::vector<Cellule>& head = buffered_[0];
    auto total = [&] {
      std::size_t sum = kGap * (widths_.size() - 1);
      for (std::size_t w : widths_) sum += w;
      return sum;
    };
    while (total() > options_.width) {
      std::size_t widest = widths_.size();
      for (std::size_t i = 0; i < widths_.size(); ++i) {
        std::size_t floor = std::max(kNarrowest, std::min(head[i].chars, widths_[i]));
        if (head[i].numeric || widths_[i] <= floor) continue;
        if (widest == widths_.size() || widths_[i] > widths_[widest]) widest = i;
      }
      if (widest == widths_.size()) break;
      --widths_[widest];
      cut_ = true;
    }
  }

  void write(const std::vector<Cellule>& row) {
    const std::size_t start = buf_.size();
    for (std::size_t i = 0; i < widths_.size(); ++i) {
      static const Cellule empty;
      const Cellule& c = i < row.size() ? row[i] : empty;
      const std::size_t width = widths_[i];
      std::string_view shown = c.text;
      std::size_t chars = c.chars;
      if (cut_ && chars > width && !c.numeric) {
        shown = first_characters(c.text, width - 1);
        chars = width;
      }
      const std::size_t pad = width > chars ? width - chars : 0;
      if (c.numeric) buf_.append(pad, ' ');
      buf_ += shown;
      if (shown.size() != c.text.size()) buf_ += kEllipsis;
      if (i + 1 < widths_.size()) buf_.append((c.numeric ? 0 : pad) + kGap, ' ');
    }
    const std::size_t end = buf_.find_last_not_of(' ');
    buf_.resize(end == std::string::npos || end < start ? start : end + 1);
    buf_ += '\n';
  }

  void flush() {
    if (!buf_.empty()) sink_(buf_);
    buf_.clear();
  }

  xml::Sink sink_;
  TableOptions options_;
  std::vector<std::vector<Cellule>> buffered_;  // header first, until measured
  std::vector<std::size_t> widths_;
  bool measured_ = false;
  bool cut_ = false;
  std::string buf_;
};

}  // namespace

std::unique_ptr<RowSink> make_table_rows(xml::Sink sink, TableOptions options) {
  return std::make_unique<TableRows>(std::move(sink), options);
}

}  // namespace kolmi::output
