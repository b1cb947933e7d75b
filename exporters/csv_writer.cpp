#include "exporters/csv_writer.hpp"

namespace kolmi::exporters {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
}

CsvWriter::CsvWriter(Sink sink, char separator) : sink_(std::move(sink)), sep_(separator) {
  buf_.reserve(kChunk + 1024);
}

CsvWriter::~CsvWriter() {
  // Flushing may throw (a full disk); a destructor must not. Callers flush().
}

void CsvWriter::bom() { buf_ += "\xEF\xBB\xBF"; }

void CsvWriter::field(std::string_view v) {
  if (!first_in_row_) buf_ += sep_;
  first_in_row_ = false;
  bool quote = v.find_first_of(std::string_view("\"\r\n")) != std::string_view::npos ||
               v.find(sep_) != std::string_view::npos;
  if (!quote) {
    buf_ += v;
    return;
  }
  buf_ += '"';
  for (char c : v) {
    if (c == '"') buf_ += '"';
    buf_ += c;
  }
  buf_ += '"';
}

void CsvWriter::end_row() {
  buf_ += "\r\n";
  first_in_row_ = true;
  if (buf_.size() >= kChunk) flush();
}

void CsvWriter::flush() {
  if (buf_.empty()) return;
  sink_(buf_);
  buf_.clear();
}

}  // namespace kolmi::exporters
