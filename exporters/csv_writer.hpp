#pragma once
// RFC 4180 CSV rows into any byte sink: fields containing the separator, a
// double quote, CR or LF are quoted with inner quotes doubled; rows end with
// CRLF as the RFC says. The writer buffers and hands full chunks to the sink,
// so streaming a million rows costs one small buffer.
#include <functional>
#include <string>
#include <string_view>

namespace kolmi::exporters {

class CsvWriter {
 public:
  using Sink = std::function<void(std::string_view)>;
  // `separator` is one character (MOR's CSV_Separator, default ';').
  CsvWriter(Sink sink, char separator = ';');
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;
  ~CsvWriter();

  // Writes the UTF-8 byte order mark (for spreadsheet users who ask for it).
  void bom();
  void field(std::string_view value);
  void end_row();
  // Hands everything buffered to the sink.
  void flush();

 private:
  Sink sink_;
  char sep_;
  bool first_in_row_ = true;
  std::string buf_;
};

}  // namespace kolmi::exporters
