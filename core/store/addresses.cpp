#include "core/store/addresses.hpp"

#include <algorithm>

namespace kolmi::store {

namespace {

// SQLite's upper() and NOCASE fold ASCII letters only; MariaDB's UPPER,
// LOWER and _ci collations fold every letter ('ı' is 'I' there). So the
// letter case is folded here, ASCII only, the same on both.
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool same_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

Address map_address(const Statement& s) {
  Address a;
  a.id = s.int64(0);
  a.direction_id = s.opt_int64(1);
  a.state = s.str(2);
  a.county = s.str(3);
  a.city = s.str(4);
  a.postcode = s.str(5);
  a.address = s.str(6);
  a.phone = s.str(7);
  a.mob_phone = s.str(8);
  a.fax = s.str(9);
  a.email = s.str(10);
  return a;
}

}  // namespace

std::optional<Address> find_address(Database& db, std::int64_t id) {
  Statement s = db.prepare(
      "SELECT id, direction_id, state, county, city, postcode, address, phone, mob_phone, fax, email "
      "FROM addresses WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return map_address(s);
}

std::string direction_name(Database& db, std::optional<std::int64_t> direction_id) {
  if (!direction_id) return {};
  Statement s = db.prepare("SELECT name FROM directions WHERE id = ?");
  s.bind(1, *direction_id);
  return s.step() ? s.str(0) : std::string();
}

std::optional<std::int64_t> direction_id_by_code(Database& db, std::string_view code) {
  std::string upper(code);
  std::transform(upper.begin(), upper.end(), upper.begin(), ascii_upper);
  Statement s = db.prepare("SELECT id FROM directions WHERE code = ?");
  s.bind(1, upper);
  if (!s.step()) return std::nullopt;
  return s.int64(0);
}

std::vector<std::int64_t> direction_ids_by_name(Database& db, std::string_view name) {
  std::vector<std::int64_t> ids;
  if (db.dialect() == Dialect::mariadb) {
    // LOWER finds a superset of the ASCII-folded matches (it folds more);
    // the names then say which are exactly those.
    Statement s = db.prepare("SELECT id, name FROM directions WHERE LOWER(name) = LOWER(?) ORDER BY id");
    s.bind(1, name);
    while (s.step() && ids.size() < 2) {
      if (same_ignoring_ascii_case(s.text(1), name)) ids.push_back(s.int64(0));
    }
    return ids;
  }
  Statement s = db.prepare("SELECT id FROM directions WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 2");
  s.bind(1, name);
  while (s.step()) ids.push_back(s.int64(0));
  return ids;
}

}  // namespace kolmi::store
