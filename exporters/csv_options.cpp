#include "exporters/csv_options.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/output/csv_marks.hpp"
#include "core/store/conflines.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::exporters {

namespace {

// `what` names the option or setting in messages.
char parse_separator(std::string_view text, std::string_view what) {
  if (auto c = output::csv_separator_of(text)) return *c;
  if (text.size() != 1) {
    throw usage_error(fmt::format("{} '{}' is not one character (or tab)", what, kolmi::text::shown(text)));
  }
  throw usage_error(
      fmt::format("{} '{}' cannot separate CSV fields; use ; , | or tab", what, kolmi::text::shown(text)));
}

char parse_decimal(std::string_view text, std::string_view what) {
  if (auto c = output::csv_decimal_of(text)) return *c;
  throw usage_error(fmt::format("{} '{}' is not . or ,", what, kolmi::text::shown(text)));
}

}  // namespace

CsvOptions resolve_csv_options(store::Database& db, const CsvChoices& choices) {
  CsvOptions o;
  o.bom = choices.bom;
  std::string separator_source = "--separator";
  if (choices.separator) {
    o.separator = parse_separator(*choices.separator, "--separator");
  } else if (auto s = store::get_confline(db, store::conf::kCsvSeparator); s && !s->empty()) {
    separator_source = fmt::format("setting {}", store::setting_name(store::conf::kCsvSeparator));
    o.separator = parse_separator(*s, separator_source);
  }
  std::string decimal_source = "--decimal";
  if (choices.decimal) {
    o.decimal = parse_decimal(*choices.decimal, "--decimal");
  } else if (auto d = store::get_confline(db, store::conf::kCsvDecimal); d && !d->empty()) {
    decimal_source = fmt::format("setting {}", store::setting_name(store::conf::kCsvDecimal));
    o.decimal = parse_decimal(*d, decimal_source);
  }
  if (o.separator == o.decimal) {
    throw usage_error(fmt::format("{} and {} are both '{}'; choose another separator (e.g. --separator ';')",
                                  separator_source, decimal_source, o.separator));
  }
  return o;
}

std::string_view with_decimal_mark(std::string_view number, char mark, std::array<char, 32>& out) {
  if (mark == '.' || number.size() > out.size()) return number;
  const auto end = std::copy(number.begin(), number.end(), out.begin());
  std::replace(out.begin(), end, '.', mark);
  return {out.data(), number.size()};
}

}  // namespace kolmi::exporters
