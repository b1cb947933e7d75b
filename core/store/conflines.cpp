#include "core/store/conflines.hpp"

#include <charconv>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::store {

std::optional<std::string> get_confline(Database& db, std::string_view name, std::int64_t owner_id) {
  Statement s = db.prepare("SELECT value FROM conflines WHERE name = ? AND owner_id = ?");
  s.bind_all(name, owner_id);
  if (!s.step()) return std::nullopt;
  return s.str(0);
}

void set_confline(Database& db, std::string_view name, std::string_view value, std::int64_t owner_id) {
  Statement s = db.prepare(
      "INSERT INTO conflines (name, value, owner_id) VALUES (?, ?, ?) "
      "ON CONFLICT (name, owner_id) DO UPDATE SET value = excluded.value");
  s.bind_all(name, value, owner_id);
  s.run();
}

std::int64_t confline_int(Database& db, std::string_view name, std::int64_t fallback) {
  auto v = get_confline(db, name);
  if (!v) return fallback;
  std::int64_t out = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc() || p != v->data() + v->size()) {
    throw storage_error(
        fmt::format("{}: setting {} is '{}', not a whole number", db.path(), name, text::shown(*v)));
  }
  return out;
}

std::string confline_str(Database& db, std::string_view name, std::string_view fallback) {
  auto v = get_confline(db, name);
  return v ? *v : std::string(fallback);
}

}  // namespace kolmi::store
