#include "core/store/actions.hpp"

namespace kolmi::store {

void insert_action(Database& db, const AuditActor& actor, std::string_view command, std::string_view date,
                   const AuditNote& note) {
  Statement s = db.prepare(
      "INSERT INTO actions (date, user_id, user_login, as_user_id, as_login, action, target_type, target_id, "
      "data, result, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind_all(date, actor.admin_id, actor.admin_login, actor.as_user_id, actor.as_login, command,
             note.target_type, note.target_id, note.data, note.failed ? "failed" : "ok", note.reason);
  s.run();
}

void for_each_action(Database& db, const ActionFilter& filter, const std::function<void(const ActionRow&)>& visit) {
  // The user filter adds constant SQL text; its values are bound. By id, each
  // term has its index (user_id, as_user_id, target), which SQLite combines.
  std::string sql =
      "SELECT id, date, user_id, user_login, as_user_id, as_login, action, target_type, target_id, data, "
      "result, reason FROM actions WHERE date >= ?1 AND date < ?2";
  if (filter.user_id) {
    sql += " AND (user_id = ?3 OR as_user_id = ?3 OR (target_type = 'user' AND target_id = ?3))";
  } else if (filter.login) {
    sql += " AND (user_login = ?4 OR as_login = ?4)";
  }
  sql += " ORDER BY date, id";
  Statement s = db.prepare(sql);
  s.bind(1, filter.from).bind(2, filter.till);
  if (filter.user_id) s.bind(3, *filter.user_id);
  else if (filter.login) s.bind(4, *filter.login);
  s.stream();  // MariaDB: row by row; `visit` must not use the database (Statement::stream)
  ActionRow r;
  while (s.step()) {
    r.id = s.int64(0);
    r.date = s.text(1);
    r.admin_id = s.int64(2);
    r.admin_login = s.text(3);
    r.as_user_id = s.opt_int64(4);
    r.as_login = s.text(5);
    r.action = s.text(6);
    r.target_type = s.text(7);
    r.target_id = s.opt_int64(8);
    r.data = s.text(9);
    r.failed = s.text(10) == "failed";
    r.reason = s.text(11);
    visit(r);
  }
}

bool actions_name_login(Database& db, std::string_view login) {
  Statement s = db.prepare("SELECT 1 FROM actions WHERE user_login = ?1 OR as_login = ?1 LIMIT 1");
  s.bind(1, login);
  return s.step();
}

}  // namespace kolmi::store
