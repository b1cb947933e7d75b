#include "exporters/xlsx/xlsx_values.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

#include "core/text/utf8_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::exporters::xlsx {

namespace {

constexpr std::size_t kSignificantDigits = 15;

// A decimal number as its sign, its significant digits (no leading or
// trailing zeros) and the power of ten of its first digit, so "0.0100",
// "1E-02" and "0.01" compare equal. Zero is {false, "", 0}.
struct Canonical {
  bool negative = false;
  std::string digits;
  int exponent = 0;
  bool operator==(const Canonical&) const = default;
};

// Reads "[-]digits[.digits]" and, when `allow_exponent`, an "E±dd" suffix.
std::optional<Canonical> canonical(std::string_view text, bool allow_exponent) {
  Canonical c;
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') {
    c.negative = true;
    ++i;
  }
  std::string all;  // every digit, in order
  int point = -1;   // digits before the '.'
  bool any_digit = false;
  for (; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch >= '0' && ch <= '9') {
      all += ch;
      any_digit = true;
    } else if (ch == '.' && point < 0) {
      point = static_cast<int>(all.size());
    } else {
      break;
    }
  }
  if (!any_digit) return std::nullopt;
  if (point < 0) point = static_cast<int>(all.size());
  int exp10 = 0;
  if (i < text.size()) {
    if (!allow_exponent || (text[i] != 'E' && text[i] != 'e')) return std::nullopt;
    ++i;
    if (i < text.size() && text[i] == '+') ++i;
    auto [end, ec] = std::from_chars(text.data() + i, text.data() + text.size(), exp10);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  }
  const auto first = all.find_first_not_of('0');
  if (first == std::string::npos) return Canonical{};  // zero, of either sign
  const auto last = all.find_last_not_of('0');
  c.digits = all.substr(first, last - first + 1);
  c.exponent = point - static_cast<int>(first) - 1 + exp10;
  return c;
}

}  // namespace

void append_sheet_number(std::string& out, double value) {
  if (value == 0) value = 0;  // no "-0"
  char digits[32];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
  out.append(digits, end);
}

std::string sheet_number_text(double value) {
  std::string out;
  append_sheet_number(out, value);
  return out;
}

std::optional<double> exact_number(std::string_view decimal) {
  const auto wanted = canonical(decimal, false);
  if (!wanted) return std::nullopt;
  if (wanted->digits.empty()) return 0.0;
  // A double tells apart every decimal of up to 15 significant digits
  // (DBL_DIG), and spreadsheets show no more.
  if (wanted->digits.size() > kSignificantDigits) return std::nullopt;
  double value = 0;
  // Correctly rounded: the double nearest to the decimal, the one a
  // spreadsheet makes of the CSV's text.
  auto [end, ec] = std::from_chars(decimal.data(), decimal.data() + decimal.size(), value);
  if (ec != std::errc() || end != decimal.data() + decimal.size()) return std::nullopt;
  // The sheet holds the shortest text of it that reads back as the same
  // double (checked, not assumed), which shows as the decimal.
  const std::string written = sheet_number_text(value);
  double read = 0;
  auto [end2, ec2] = std::from_chars(written.data(), written.data() + written.size(), read);
  if (ec2 != std::errc() || read != value) return std::nullopt;
  if (canonical(fmt::format("{:.15G}", read), true) != wanted) return std::nullopt;
  return value;
}

std::optional<double> excel_date(std::string_view wall_clock) {
  // The wall-clock text read as if it were UTC: its seconds since
  // 1970-01-01 00:00:00 on the same calendar, which is all a serial date is.
  const auto t = parse_utc(wall_clock);
  if (!t) return std::nullopt;
  const std::int64_t seconds = t->time_since_epoch().count();
  constexpr std::int64_t kDay = 86'400;
  // 1900-03-01 is serial 61, 25,509 days before 1970-01-01 (serial 25,569).
  constexpr std::int64_t kEpochSerial = 25'569;
  constexpr std::int64_t kFirstGoodDay = 61;
  const std::int64_t day = (seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay)) + kEpochSerial;
  if (day < kFirstGoodDay) return std::nullopt;
  const std::int64_t second_of_day = seconds - (day - kEpochSerial) * kDay;
  return static_cast<double>(day) + static_cast<double>(second_of_day) / kDay;
}

double excel_duration(std::int64_t seconds) {
  return static_cast<double>(seconds) / 86'400.0;
}

std::string money_format(int digits, std::string_view currency) {
  std::string f = "#,##0";
  if (digits > 0) {
    f += '.';
    f.append(static_cast<std::size_t>(std::min(digits, 9)), '0');
  }
  const bool plain_code =
      !currency.empty() && currency.size() <= 8 &&
      currency.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") ==
          std::string_view::npos;
  if (plain_code) f += fmt::format(" \"{}\"", currency);
  return f;
}

std::size_t shown_width(std::string_view text) {
  return text::count_characters(text);
}

}  // namespace kolmi::exporters::xlsx
