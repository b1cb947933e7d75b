#include "core/output/csv_writer.hpp"

#include "core/text/utf8.hpp"

namespace kolmi::output {

namespace {
constexpr std::size_t kChunk = 64 * 1024;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// [+-]DIGITS[(.|,)DIGITS]: what a spreadsheet reads as a plain number, with
// either decimal mark (CSV_Decimal may be a comma).
bool is_signed_number(std::string_view s) {
  std::size_t i = 1;  // past the sign
  std::size_t digits = 0;
  while (i < s.size() && is_digit(s[i])) {
    ++i;
    ++digits;
  }
  if (digits == 0) return false;
  if (i == s.size()) return true;
  if (s[i] != '.' && s[i] != ',') return false;
  ++i;
  const std::size_t fraction_start = i;
  while (i < s.size() && is_digit(s[i])) ++i;
  return i == s.size() && i > fraction_start;
}
}  // namespace

bool is_formula_trigger(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell[0]) {
    case '=':
    case '@':
    case '\t':
    case '\r':
    case '\n':
      return true;
    case '+':
    case '-':
      return !is_signed_number(cell);
    default:
      return false;
  }
}

CsvWriter::CsvWriter(Sink sink, char separator) : sink_(std::move(sink)), sep_(separator) {
  buf_.reserve(kChunk + 1024);
  for (std::size_t b = 0; b < special_.size(); ++b) special_[b] = b < 0x20 || b >= 0x7F;
  special_['"'] = true;
  special_[static_cast<unsigned char>(sep_)] = true;
}

CsvWriter::~CsvWriter() {
  // Flushing may throw (a full disk); a destructor must not. Callers flush().
}

void CsvWriter::bom() { buf_ += "\xEF\xBB\xBF"; }

void CsvWriter::begin_cell() {
  if (!first_in_row_) buf_ += sep_;
  first_in_row_ = false;
}

void CsvWriter::field(std::string_view v) {
  begin_cell();
  // The first byte decides about formulas; the common cell (digits, plain
  // words) then passes one table lookup a byte and is appended as it is.
  const bool formula = is_formula_trigger(v);
  bool must_rewrite = formula;
  bool must_quote = false;
  for (std::size_t i = 0; i < v.size() && !must_rewrite; ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    if (!special_[c]) continue;
    if (c >= 0x80) {
      char32_t cp = 0;
      const std::size_t len = text::utf8_sequence(v, i, cp);
      if (len == 0)
        must_rewrite = true;
      else
        i += len - 1;
    } else if (c < 0x20 || c == 0x7F) {
      must_rewrite = true;
    } else {
      must_quote = true;  // the quote or the separator
    }
  }
  if (!must_rewrite) {
    if (must_quote)
      write_quoted_if_needed(v);
    else
      buf_ += v;
    return;
  }
  make_safe(v, formula);
  write_quoted_if_needed(cell_);
}

void CsvWriter::make_safe(std::string_view v, bool formula) {
  cell_.clear();
  if (formula) cell_ += '\'';
  std::size_t i = 0;
  while (i < v.size()) {
    const auto c = static_cast<unsigned char>(v[i]);
    if (c >= 0x20 && c < 0x7F) {
      cell_ += static_cast<char>(c);
      ++i;
    } else if (c == '\t' || c == '\r' || c == '\n') {
      cell_ += ' ';
      ++i;
    } else if (c < 0x80) {
      cell_ += text::kReplacement;
      ++i;
    } else {
      char32_t cp = 0;
      const std::size_t len = text::utf8_sequence(v, i, cp);
      if (len == 0) {
        cell_ += text::kReplacement;
        ++i;
      } else {
        cell_.append(v.data() + i, len);
        i += len;
      }
    }
  }
}

void CsvWriter::plain_field(std::string_view v) {
  begin_cell();
  write_quoted_if_needed(v);
}

void CsvWriter::write_quoted_if_needed(std::string_view v) {
  const bool quote = v.find_first_of(std::string_view("\"\r\n")) != std::string_view::npos ||
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

}  // namespace kolmi::output
