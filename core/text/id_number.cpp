#include "core/text/id_number.hpp"

#include <charconv>
#include <cstdint>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::text {

std::optional<std::int64_t> parse_id(std::string_view text) {
  // from_chars alone would take a leading '-'; ids have digits only.
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

std::string not_an_id(std::string_view text, bool or_all) {
  return fmt::format("'{}' is not {}an id (a whole number from 1 to {})", shown(text),
                     or_all ? "all or " : "", INT64_MAX);
}

std::int64_t require_id(std::string_view option, std::string_view text) {
  if (auto id = parse_id(text)) return *id;
  throw usage_error(fmt::format("{}: {}", option, not_an_id(text)));
}

}  // namespace kolmi::text
