#include "core/store/addresses.hpp"

namespace kolmi::store {

namespace {

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
  Statement s = db.prepare("SELECT id FROM directions WHERE code = upper(?)");
  s.bind(1, code);
  if (!s.step()) return std::nullopt;
  return s.int64(0);
}

std::vector<std::int64_t> direction_ids_by_name(Database& db, std::string_view name) {
  Statement s = db.prepare("SELECT id FROM directions WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 2");
  s.bind(1, name);
  std::vector<std::int64_t> ids;
  while (s.step()) ids.push_back(s.int64(0));
  return ids;
}

}  // namespace kolmi::store
