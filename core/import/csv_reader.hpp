#pragma once
// A streaming CSV reader for operators' files (Asterisk CDRs, rate decks):
// RFC 4180 quoting ("" inside quotes, separators and line breaks inside
// quoted fields), LF or CRLF line ends, any file size in a fixed buffer.
// Malformed input is an ImportError naming the line, never a guess:
// an unterminated quote, text after a closing quote, a NUL byte (binary data).
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kolmi::import {

// A problem in an input file at a 1-based line.
class ImportError : public std::runtime_error {
 public:
  ImportError(std::size_t line, const std::string& message)
      : std::runtime_error(message), line_(line) {}
  std::size_t line() const { return line_; }

 private:
  std::size_t line_;
};

class CsvReader {
 public:
  // Reads from `file` (not owned). `separator` is one byte.
  explicit CsvReader(std::FILE* file, char separator = ',');

  // Reads the next record into `fields`; false at the end of the input.
  // The views stay valid until the next call. Blank lines are skipped.
  // Throws ImportError for malformed input, std::runtime_error when the file
  // cannot be read.
  bool next(std::vector<std::string_view>& fields);

  // The line where the last record returned by next() starts (1-based).
  std::size_t line() const { return record_line_; }

  // Up to `max` bytes of the unread input, read into the buffer but not
  // consumed (the input is read once: a pipe cannot be rewound), for a look
  // at the header before the first next(). Shorter at the end of the
  // input. Throws std::runtime_error when the file cannot be read.
  std::string_view peek(std::size_t max);
  // Changes the separator; for the first next() after peek().
  void set_separator(char separator) { sep_ = separator; }

 private:
  enum class Parse { complete, need_more };
  Parse parse_record(std::vector<std::string_view>& fields);
  bool fill();

  std::FILE* file_;
  char sep_;
  std::string buf_;
  std::size_t pos_ = 0;   // start of unread data in buf_
  bool eof_ = false;
  std::size_t line_ = 1;  // line at pos_
  std::size_t record_line_ = 0;
  std::string unquoted_;  // fields whose quotes had to be undone
  std::vector<std::pair<std::size_t, std::size_t>> spans_;  // (offset, length); offset | kInScratch
};

}  // namespace kolmi::import
