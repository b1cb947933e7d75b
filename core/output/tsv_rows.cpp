#include <string>

#include "core/output/row_formats.hpp"
#include "core/text/utf8.hpp"

namespace kolmi::output {

namespace {

constexpr std::size_t kChunk = 64 * 1024;

// A value on one TSV line: tab and line breaks separate words in the data,
// so they become spaces; other control characters and invalid UTF-8 would
// corrupt a terminal or a pipeline and become U+FFFD.
void append_tsv_value(std::string& out, std::string_view s) {
  std::size_t run = 0;
  std::size_t i = 0;
  auto flush_run = [&](std::size_t end) { out.append(s.data() + run, end - run); };
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      ++i;
      continue;
    }
    flush_run(i);
    if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
      ++i;
    } else if (c < 0x80) {
      out += text::kReplacement;
      ++i;
    } else {
      char32_t cp = 0;
      std::size_t len = text::utf8_sequence(s, i, cp);
      if (len == 0 || (cp >= 0x80 && cp <= 0x9F)) {
        out += text::kReplacement;
        i += len == 0 ? 1 : len;
      } else {
        out.append(s.data() + i, len);
        i += len;
      }
    }
    run = i;
  }
  flush_run(i);
}

class TsvRows final : public RowSink {
 public:
  explicit TsvRows(xml::Sink sink) : sink_(std::move(sink)) { buf_.reserve(kChunk + 4096); }
  void header(std::span<const std::string_view> names) override {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i) buf_ += '\t';
      buf_ += names[i];
    }
    buf_ += '\n';
  }
  void row(std::span<const Cell> cells) override {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) buf_ += '\t';
      append_tsv_value(buf_, cells[i].value);
    }
    buf_ += '\n';
    if (buf_.size() >= kChunk) {
      sink_(buf_);
      buf_.clear();
    }
  }
  void finish() override {
    if (!buf_.empty()) sink_(buf_);
    buf_.clear();
  }

 private:
  xml::Sink sink_;
  std::string buf_;
};

}  // namespace

std::unique_ptr<RowSink> make_tsv_rows(xml::Sink sink) { return std::make_unique<TsvRows>(std::move(sink)); }

}  // namespace kolmi::output
