#pragma once
// The one reading of an id typed on the command line (ENTRY_ID, CALL_ID,
// GROUP_ID, --device, ...): rows' ids are positive 64-bit integers, written
// in decimal. Anything else (a sign, zero, a value past INT64_MAX, hex or
// octal forms, spaces) is a usage error naming the option, never a lookup
// of a clamped value.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kolmi::text {

// The id `text` spells (decimal digits only, 1 to INT64_MAX; leading zeros
// allowed), or nullopt.
std::optional<std::int64_t> parse_id(std::string_view text);

// Why `text` is refused: "'<text>' is not an id (a whole number from 1 to
// 9223372036854775807)", the text shown() safely; with `or_all`, "is not
// all or an id". For validators that prefix the option's name themselves.
std::string not_an_id(std::string_view text, bool or_all = false);

// parse_id, or throws Error(usage) "<option>: " + not_an_id(text).
std::int64_t require_id(std::string_view option, std::string_view text);

}  // namespace kolmi::text
