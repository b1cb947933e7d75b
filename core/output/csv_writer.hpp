#pragma once
// RFC 4180 CSV rows into any byte sink: fields containing the separator, a
// double quote, CR or LF are quoted with inner quotes doubled; rows end with
// CRLF as the RFC says. The writer buffers and hands full chunks to the sink,
// so streaming a million rows costs one small buffer.
//
// Cells come in two kinds. `field` takes a value from data (a CDR's number,
// a destination's name), which a spreadsheet must show, never run:
//  - a cell a spreadsheet would read as a formula gets a leading single
//    quote (OWASP's CSV injection advice): one starting with = @ tab CR LF,
//    or with + or - unless the whole cell is a number (+37060000001 and
//    -0.5 stay numbers; -1+2 and +A1 do not);
//  - the file stays valid UTF-8: each byte of a malformed sequence becomes
//    U+FFFD;
//  - no raw control byte is written: tab, CR and LF become a space (they
//    separate words in the data), other C0 controls and DEL become U+FFFD.
// `plain_field` takes text kolmi wrote itself (header names, dates,
// durations, prices it formatted, possibly negative) and writes it as is.
#include <array>
#include <functional>
#include <string>
#include <string_view>

namespace kolmi::output {

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
  // A cell from data, made safe as the header comment says.
  void field(std::string_view value);
  // A cell kolmi formatted itself, written as it is (quoted when needed).
  void plain_field(std::string_view value);
  void end_row();
  // Hands everything buffered to the sink.
  void flush();

 private:
  void begin_cell();
  void write_quoted_if_needed(std::string_view value);
  // Rewrites `value` into cell_ (quote prefix, replacements).
  void make_safe(std::string_view value, bool formula);

  Sink sink_;
  char sep_;
  bool first_in_row_ = true;
  std::string buf_;
  std::string cell_;  // scratch for the rare cell that must be rewritten
  // Bytes that send a cell off the fast path: controls, DEL, non-ASCII,
  // the double quote and the separator.
  std::array<bool, 256> special_{};
};

// True when a spreadsheet would evaluate `cell` as a formula (see above).
bool is_formula_trigger(std::string_view cell);

}  // namespace kolmi::output
