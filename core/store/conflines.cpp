#include "core/store/conflines.hpp"

#include <charconv>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::store {

std::optional<std::string> get_confline(Database& db, Setting setting, std::int64_t owner_id) {
  Statement s = db.prepare("SELECT value FROM conflines WHERE name = ? AND owner_id = ?");
  s.bind_all(setting_name(setting), owner_id);
  if (!s.step()) return std::nullopt;
  return s.str(0);
}

void set_confline(Database& db, Setting setting, std::string_view value, std::int64_t owner_id) {
  Statement s = db.prepare(db.dialect() == Dialect::mariadb
                               ? "INSERT INTO conflines (name, value, owner_id) VALUES (?, ?, ?) "
                                 "ON DUPLICATE KEY UPDATE value = VALUES(value)"
                               : "INSERT INTO conflines (name, value, owner_id) VALUES (?, ?, ?) "
                                 "ON CONFLICT (name, owner_id) DO UPDATE SET value = excluded.value");
  s.bind_all(setting_name(setting), value, owner_id);
  s.run();
}

bool unset_confline(Database& db, Setting setting, std::int64_t owner_id) {
  Statement s = db.prepare("DELETE FROM conflines WHERE name = ? AND owner_id = ?");
  s.bind_all(setting_name(setting), owner_id);
  s.run();
  return db.changes() > 0;
}

std::int64_t confline_int(Database& db, Setting setting) {
  const SettingSpec& spec = spec_of(setting);
  const std::string v = confline_str(db, setting);
  std::int64_t out = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (v.empty() || ec != std::errc() || p != v.data() + v.size() || out < spec.min || out > spec.max) {
    throw storage_error(fmt::format("{}: setting {} is '{}', not {}", db.path(), spec.name, text::shown(v),
                                    allowed_values(spec)));
  }
  return out;
}

std::string confline_str(Database& db, Setting setting) {
  auto v = get_confline(db, setting);
  return v ? *v : std::string(spec_of(setting).default_value);
}

}  // namespace kolmi::store
