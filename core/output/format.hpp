#pragma once
// The output formats of the contract (shared/spec/cli.md, "Output") and
// which of them a command can give.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kolmi::output {

enum class Format : std::uint8_t { xml, json, csv, tsv, table };

// "xml", "json", "csv", "tsv", "table".
std::string_view format_name(Format format);
// The format named `name`; nullopt for any other word.
std::optional<Format> parse_format(std::string_view name);

// A set of formats a command can give.
class Formats {
 public:
  constexpr Formats() = default;
  constexpr Formats(std::initializer_list<Format> formats) {
    for (Format f : formats) bits_ |= bit(f);
  }
  constexpr bool has(Format f) const { return (bits_ & bit(f)) != 0; }
  // "xml, json" in the order of the enum.
  std::string names() const;

 private:
  static constexpr std::uint8_t bit(Format f) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(f)); }
  std::uint8_t bits_ = 0;
};

// What a page with a main list gives: every format.
inline constexpr Formats kEveryFormat{Format::xml, Format::json, Format::csv, Format::tsv, Format::table};
// What a page without a list, or an action, gives: one document.
inline constexpr Formats kDocumentFormats{Format::xml, Format::json};

// Every format's name, for messages and completion: "xml, json, csv, tsv, table".
inline constexpr std::string_view kFormatNames[] = {"xml", "json", "csv", "tsv", "table"};

}  // namespace kolmi::output
