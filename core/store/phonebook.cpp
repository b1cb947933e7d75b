#include "core/store/phonebook.hpp"

namespace kolmi::store {

std::int64_t insert_phonebook_entry(Database& db, std::int64_t user_id, std::string_view number,
                                    std::string_view name, std::string_view added) {
  Statement add = db.prepare("INSERT INTO phonebooks (user_id, number, name, added) VALUES (?, ?, ?, ?)");
  add.bind_all(user_id, number, name, added);
  add.run();
  return db.last_insert_rowid();
}

bool delete_phonebook_entry(Database& db, std::int64_t user_id, std::int64_t entry_id) {
  Statement remove = db.prepare("DELETE FROM phonebooks WHERE id = ? AND user_id = ?");
  remove.bind_all(entry_id, user_id);
  remove.run();
  return db.changes() != 0;
}

}  // namespace kolmi::store
