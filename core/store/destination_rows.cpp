#include "core/store/destination_rows.hpp"

namespace kolmi::store {

void for_each_direction(Database& db,
                        const std::function<void(std::string_view name, std::string_view code)>& visit) {
  Statement s = db.prepare("SELECT name, code FROM directions ORDER BY id");
  while (s.step()) visit(s.text(0), s.text(1));
}

void for_each_destination_group(
    Database& db,
    const std::function<void(std::int64_t id, std::string_view name, std::string_view desttype)>& visit) {
  Statement s = db.prepare("SELECT id, name, desttype FROM destinationgroups ORDER BY id");
  while (s.step()) visit(s.int64(0), s.text(1), s.text(2));
}

void for_each_destination_entry(Database& db, const std::function<void(const DestinationEntry&)>& visit) {
  Statement s =
      db.prepare("SELECT id, prefix, name, subcode, direction_code, destinationgroup_id FROM destinations");
  s.stream();  // MariaDB: row by row; `visit` must not use the database (Statement::stream)
  while (s.step())
    visit(DestinationEntry{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.opt_int64(5)});
}

DestinationWriter::DestinationWriter(Database& db)
    : db_(db),
      add_group_(db.prepare("INSERT INTO destinationgroups (name, desttype, flag) VALUES (?, ?, ?)")),
      add_direction_(db.prepare("INSERT INTO directions (name, code) VALUES (?, ?)")),
      add_destination_(
          db.prepare("INSERT INTO destinations (prefix, direction_code, subcode, name, destinationgroup_id) "
                     "VALUES (?, ?, ?, ?, ?)")),
      update_destination_(db.prepare(
          "UPDATE destinations SET direction_code = ?, subcode = ?, name = ?, destinationgroup_id = ? "
          "WHERE id = ?")) {}

std::int64_t DestinationWriter::add_group(std::string_view name, std::string_view desttype,
                                          std::string_view flag) {
  add_group_.bind_all(name, desttype, flag).run();
  return db_.last_insert_rowid();
}

std::int64_t DestinationWriter::add_direction(std::string_view name, std::string_view code) {
  add_direction_.bind_all(name, code).run();
  return db_.last_insert_rowid();
}

std::int64_t DestinationWriter::add_destination(std::string_view prefix, std::string_view direction_code,
                                                std::string_view subcode, std::string_view name,
                                                std::int64_t group_id) {
  add_destination_.bind_all(prefix, direction_code, subcode, name, group_id).run();
  return db_.last_insert_rowid();
}

void DestinationWriter::update_destination(std::int64_t id, std::string_view direction_code,
                                           std::string_view subcode, std::string_view name,
                                           std::int64_t group_id) {
  update_destination_.bind_all(direction_code, subcode, name, group_id, id).run();
}

}  // namespace kolmi::store
