#include <string>

#include "core/output/one_line.hpp"
#include "core/output/row_formats.hpp"

namespace kolmi::output {

namespace {

constexpr std::size_t kChunk = 64 * 1024;

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
      append_one_line(buf_, cells[i].value);
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
