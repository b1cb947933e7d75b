#include "core/store/settings_catalog.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "core/output/csv_marks.hpp"
#include "core/text/number_template.hpp"
#include "core/text/utf8.hpp"

namespace kolmi::store {

namespace {

// Well-formed UTF-8 without C0, DEL or C1 control characters: one line.
bool one_line_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      if (byte < 0x20 || byte == 0x7f) return false;
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t n = text::utf8_sequence(s, i, cp);
    if (n == 0 || (cp >= 0x80 && cp <= 0x9f)) return false;
    i += n;
  }
  return true;
}

bool whole_number_ok(const SettingSpec& spec, std::string_view v) {
  std::int64_t n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  return !v.empty() && ec == std::errc() && p == v.data() + v.size() && n >= spec.min && n <= spec.max;
}

bool file_mode_ok(std::string_view v) {
  unsigned n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n, 8);
  return !v.empty() && ec == std::errc() && p == v.data() + v.size() && n <= 0777;
}

bool yes_no_ok(std::string_view v) {
  std::string lower(v);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower == "yes" || lower == "no" || lower == "true" || lower == "false" || lower == "1" ||
         lower == "0";
}

bool currency_code_ok(std::string_view v) {
  return v.size() == 3 && std::all_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

const SettingSpec* find_setting(std::string_view name) {
  for (const SettingSpec& s : kSettingCatalog) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

std::string_view type_name(SettingType type) {
  switch (type) {
    case SettingType::whole_number:
      return "whole number";
    case SettingType::text:
      return "text";
    case SettingType::path:
      return "path";
    case SettingType::file_mode:
      return "octal mode";
    case SettingType::yes_no:
      return "yes/no";
    case SettingType::csv_separator:
      return "character";
    case SettingType::csv_decimal:
      return "character";
    case SettingType::currency_code:
      return "currency";
    case SettingType::number_template:
      return "template";
  }
  return "text";
}

std::string allowed_values(const SettingSpec& spec) {
  switch (spec.type) {
    case SettingType::whole_number:
      if (spec.max >= kNoUpperBound) return fmt::format("a whole number of at least {}", spec.min);
      return fmt::format("a whole number from {} to {}", spec.min, spec.max);
    case SettingType::text:
      return "one line of text";
    case SettingType::path:
      return "an absolute path";
    case SettingType::file_mode:
      return "an octal file mode such as 0660";
    case SettingType::yes_no:
      return "yes or no";
    case SettingType::csv_separator:
      return "one character such as ; , | or tab (not a letter, digit, '\"' or '.')";
    case SettingType::csv_decimal:
      return ". or ,";
    case SettingType::currency_code:
      return "a currency code of three capital letters";
    case SettingType::number_template:
      return "text with {N} or {N:width} exactly once, and maybe {YYYY} and {MM}, such as INV{YYYY}-{N:5}";
  }
  return "one line of text";
}

bool setting_value_ok(const SettingSpec& spec, std::string_view value) {
  if (!one_line_text(value)) return false;
  switch (spec.type) {
    case SettingType::whole_number:
      return whole_number_ok(spec, value);
    case SettingType::text:
      return true;
    case SettingType::path:
      return value.starts_with('/');
    case SettingType::file_mode:
      return file_mode_ok(value);
    case SettingType::yes_no:
      return yes_no_ok(value);
    case SettingType::csv_separator:
      return output::csv_separator_of(value).has_value();
    case SettingType::csv_decimal:
      return output::csv_decimal_of(value).has_value();
    case SettingType::currency_code:
      return currency_code_ok(value);
    case SettingType::number_template:
      return !text::number_template_problem(value);
  }
  return false;
}

}  // namespace kolmi::store
