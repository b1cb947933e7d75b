#include "core/import/deck_reader.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "core/import/csv_reader.hpp"
#include "core/import/import_limits.hpp"
#include "core/text/utf8_text.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::import {

namespace {

enum Field : std::size_t {
  prefix,
  name,
  rate,
  connection_fee,
  increment,
  min_time,
  included,
  subcode,
  group,
  effective,
  kFields
};

struct FieldNames {
  Field field;
  std::array<std::string_view, 4> names;  // "" = unused
  std::string_view meaning;               // for messages
};

constexpr std::array<FieldNames, kFields> kFieldNames = {{
    {prefix, {"prefix", "dialprefix", "pattern", ""}, "the prefix"},
    {name, {"destination", "comment", "name", ""}, "the destination name"},
    {rate, {"rate", "cost", "price", "rateinitial"}, "the price per minute"},
    {connection_fee, {"connection_fee", "connectcost", "connectcharge", ""}, "the connection fee"},
    {increment, {"increment", "inc", "billingblock", ""}, "the increment"},
    {min_time, {"min_time", "initblock", "", ""}, "the minimal time"},
    {included, {"includedseconds", "included_seconds", "", ""}, "the included seconds"},
    {subcode, {"subcode", "", "", ""}, "the subcode"},
    {group, {"group", "destinationgroup", "destination_group", ""}, "the destination group"},
    {effective, {"effective_date", "effective_from", "effective from", "effective date"}, "the effective date"},
}};

constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ',' unless the header line (the first 64 KiB of `head` at most) has ';'
// and no ','.
char detect_separator(std::string_view head) {
  head = head.substr(0, head.find('\n'));
  head = head.substr(0, 65536);
  const bool comma = head.find(',') != std::string_view::npos;
  const bool semicolon = head.find(';') != std::string_view::npos;
  return semicolon && !comma ? ';' : ',';
}

// Column index of every field (kAbsent when the header lacks it).
std::array<std::size_t, kFields> map_header(const std::vector<std::string_view>& header) {
  std::array<std::size_t, kFields> column;
  column.fill(kAbsent);
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string_view h = header[i];
    if (i == 0 && h.starts_with("\xEF\xBB\xBF")) h.remove_prefix(3);  // a UTF-8 byte order mark
    const std::string key = lower(trim(h));
    for (const FieldNames& f : kFieldNames) {
      for (std::string_view n : f.names) {
        if (n.empty() || n != key) continue;
        if (column[f.field] != kAbsent) {
          throw ImportError(1, fmt::format("columns '{}' and '{}' both give {}",
                                           text::shown(trim(header[column[f.field]])), text::shown(trim(h)),
                                           f.meaning));
        }
        column[f.field] = i;
      }
    }
  }
  return column;
}

void require(const std::array<std::size_t, kFields>& column, Field field) {
  if (column[field] != kAbsent) return;
  const FieldNames& f = kFieldNames[field];
  std::string names;
  for (std::string_view n : f.names) {
    if (n.empty()) continue;
    if (!names.empty()) names += ", ";
    names += n;
  }
  throw ImportError(1, fmt::format("no column for {} (a header named {})", f.meaning, names));
}

// A decimal; ';'-separated files may use ',' as the decimal mark.
// nullopt when the text is not a number or beyond a Decimal's range;
// `out_of_range` tells which.
std::optional<Decimal> parse_number(std::string_view text, char sep, bool& out_of_range) {
  std::string dotted(text);
  if (sep == ';' && text.find(',') != std::string_view::npos && text.find('.') == std::string_view::npos) {
    for (char& c : dotted) {
      if (c == ',') c = '.';
    }
  }
  auto d = Decimal::parse(dotted);
  // Decimal::parse refuses bad syntax and overflow alike; the syntax is an
  // optional sign, then digits with at most one point.
  std::string_view digits = dotted;
  if (digits.starts_with('+') || digits.starts_with('-')) digits.remove_prefix(1);
  out_of_range = !d && digits.find_first_not_of("0123456789.") == std::string_view::npos &&
                 digits.find_first_of("0123456789") != std::string_view::npos &&
                 digits.find('.') == digits.rfind('.');
  return d;
}

class RowParser {
 public:
  RowParser(DeckKind kind, std::array<std::size_t, kFields> column, char sep)
      : kind_(kind), column_(column), sep_(sep) {}

  DeckRow parse(const std::vector<std::string_view>& f, std::size_t line) const {
    DeckRow row;
    row.line = line;
    std::string error;
    row.prefix = parse_prefix(value(f, prefix), error);
    if (!error.empty()) throw ImportError(line, error);
    row.name = name_text(f, name, line);
    if (row.name.empty()) throw ImportError(line, "the destination name is empty");
    row.subcode = parse_subcode(value(f, subcode), line);
    row.group = name_text(f, group, line);
    if (kind_ == DeckKind::rates) {
      row.price.rate = money(f, rate, line, true);
      row.price.connection_fee = money(f, connection_fee, line, false);
      row.price.increment = std::max<std::int64_t>(seconds(f, increment, line, 1), 1);
      row.price.min_time = seconds(f, min_time, line, 0);
      row.price.included_seconds = seconds(f, included, line, 0);
      row.effective = effective_date(value(f, effective), line);
    }
    return row;
  }

 private:
  std::string_view value(const std::vector<std::string_view>& f, Field field) const {
    return column_[field] == kAbsent ? std::string_view() : trim(f[column_[field]]);
  }

  // A name as it will be stored: no control characters (a deck is a file an
  // operator chose, so it is refused rather than repaired) and no longer
  // than MOR's column.
  std::string name_text(const std::vector<std::string_view>& f, Field field, std::size_t line) const {
    std::string out;
    const std::string_view header = kFieldNames[field].meaning;
    if (text::repair_text(value(f, field), out).control) {
      throw ImportError(line, fmt::format("{} has a control character", header));
    }
    if (text::count_characters(out) > kMaxDeckNameChars) {
      throw ImportError(line, fmt::format("{} is longer than {} characters", header, kMaxDeckNameChars));
    }
    return std::string(value(f, field));
  }

  Decimal money(const std::vector<std::string_view>& f, Field field, std::size_t line, bool required) const {
    std::string_view text = value(f, field);
    const std::string_view header = kFieldNames[field].meaning;
    if (text.empty()) {
      if (required) throw ImportError(line, fmt::format("{} is empty", header));
      return Decimal();
    }
    bool out_of_range = false;
    auto d = parse_number(text, sep_, out_of_range);
    const bool negative = d ? d->is_negative() : out_of_range && text.starts_with('-');
    if (negative) throw ImportError(line, fmt::format("{} '{}' is negative", header, text::shown(text)));
    if (out_of_range || (d && *d > kMaxDeckPrice)) {
      throw ImportError(line, fmt::format("{} '{}' is too large (at most {})", header, text::shown(text),
                                          kMaxDeckPrice.to_string()));
    }
    if (!d) throw ImportError(line, fmt::format("{} '{}' is not a number", header, text::shown(text)));
    return *d;
  }

  std::int64_t seconds(const std::vector<std::string_view>& f, Field field, std::size_t line,
                       std::int64_t fallback) const {
    std::string_view text = value(f, field);
    if (text.empty()) return fallback;
    const std::string_view header = kFieldNames[field].meaning;
    bool out_of_range = false;
    auto d = parse_number(text, sep_, out_of_range);
    if ((out_of_range && !text.starts_with('-')) || (d && *d > Decimal::from_units(kMaxDeckSeconds))) {
      throw ImportError(line, fmt::format("{} '{}' is too large (at most {} seconds, 7 days)", header, text::shown(text),
                                          kMaxDeckSeconds));
    }
    if (!d || d->is_negative() || d->nanos() % Decimal::kScale != 0) {
      throw ImportError(line, fmt::format("{} '{}' is not a whole number of seconds", header, text::shown(text)));
    }
    return d->nanos() / Decimal::kScale;
  }

  // The documented forms of a date (and the ISO 'T' carriers' tools write),
  // normalised; the zone is the importer's business.
  static std::string effective_date(std::string_view text, std::size_t line) {
    if (text.empty()) return {};
    auto t = parse_utc_or_iso(text);
    if (!t) {
      throw ImportError(line, fmt::format("the effective date '{}' is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)",
                                          text::shown(text)));
    }
    return format_utc(*t);
  }

  static std::string parse_subcode(std::string_view text, std::size_t line) {
    std::string out;
    if (text.size() > 16)
      throw ImportError(line, fmt::format("subcode '{}' is longer than 16 characters", text::shown(text)));
    for (char c : text) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        throw ImportError(line, fmt::format("subcode '{}' is not a word such as FIX or MOB", text::shown(text)));
      }
      out += c;
    }
    return out;
  }

  DeckKind kind_;
  std::array<std::size_t, kFields> column_;
  char sep_;
};

}  // namespace

std::string parse_prefix(std::string_view text, std::string& error) {
  std::string_view digits = text;
  const bool pattern = digits.starts_with('^');
  if (pattern) {
    digits.remove_prefix(1);
    if (digits.ends_with(".*")) digits.remove_suffix(2);
  } else if (digits.starts_with('+')) {
    digits.remove_prefix(1);
  }
  if (text.empty()) {
    error = "the prefix is empty";
    return {};
  }
  bool all_digits = !digits.empty();
  for (char c : digits) all_digits = all_digits && c >= '0' && c <= '9';
  if (!all_digits) {
    error = pattern ? fmt::format(
                          "pattern '{}' is not of the form ^DIGITS.* (other regular expressions "
                          "cannot be turned into a prefix)",
                          text)
                    : fmt::format("prefix '{}' is not digits", text);
    return {};
  }
  if (digits.size() > kMaxPrefixDigits) {
    error = fmt::format("prefix '{}' is longer than {} digits", text, kMaxPrefixDigits);
    return {};
  }
  error.clear();
  return std::string(digits);
}

Deck read_deck(std::FILE* file, DeckKind kind) {
  // The header is looked at in the reader's buffer, never by reading the
  // file twice: a pipe (stdin) cannot be rewound.
  CsvReader reader(file);
  const char sep = detect_separator(reader.peek(65536));
  reader.set_separator(sep);
  std::vector<std::string_view> fields;
  if (!reader.next(fields)) throw ImportError(1, "empty file: no header row");
  const std::size_t columns = fields.size();
  const auto column = map_header(fields);
  require(column, prefix);
  require(column, name);
  if (kind == DeckKind::rates) require(column, rate);
  const RowParser parser(kind, column, sep);

  Deck deck;
  // prefix and effective date -> index in deck.rows: the versions of a
  // prefix are one row per date.
  std::unordered_map<std::string, std::size_t> seen;
  std::unordered_map<std::string, std::size_t> first_of_prefix;  // one destination per prefix, whatever the dates
  while (reader.next(fields)) {
    const std::size_t line = reader.line();
    if (fields.size() != columns) {
      throw ImportError(line, fmt::format("{} columns, but the header has {}", fields.size(), columns));
    }
    ++deck.read;
    DeckRow row = parser.parse(fields, line);
    auto [it, fresh] = seen.try_emplace(row.prefix + '|' + row.effective, deck.rows.size());
    if (fresh) {
      auto [other, first_version] = first_of_prefix.try_emplace(row.prefix, deck.rows.size());
      if (!first_version) {
        const DeckRow& o = deck.rows[other->second];
        if (o.name != row.name || o.subcode != row.subcode || o.group != row.group) {
          throw ImportError(line, fmt::format("prefix {} again, with a different destination than on line {}",
                                              row.prefix, o.line));
        }
      }
      deck.rows.push_back(std::move(row));
      continue;
    }
    const DeckRow& first = deck.rows[it->second];
    if (kind == DeckKind::rates && !(first.price == row.price)) {
      if (!row.effective.empty()) {
        throw ImportError(line, fmt::format("prefix {} again, effective from {} as on line {} with a different "
                                            "price: two rates would be in force at the same moment",
                                            row.prefix, row.effective, first.line));
      }
      throw ImportError(line, fmt::format("prefix {} again, with a different price than on line {}",
                                          row.prefix, first.line));
    }
    if (first.name != row.name || first.subcode != row.subcode || first.group != row.group) {
      throw ImportError(line, fmt::format("prefix {} again, with a different destination than on line {}",
                                          row.prefix, first.line));
    }
    ++deck.repeated;
  }
  if (deck.read == 0) throw ImportError(reader.line() + 1, "no data rows after the header");
  return deck;
}

}  // namespace kolmi::import
