#include "core/store/monitorings.hpp"

namespace kolmi::store {

namespace {

// A device's rule counts in its owner's zone; its name is TYPE/name.
constexpr std::string_view kSelect =
    "SELECT m.id, m.mtype, m.user_id, m.device_id, m.provider_id, m.group_by, m.amount, m.period_type, "
    "m.period_in_past, m.created_at, COALESCE(u.username, ''), COALESCE(u.time_zone, du.time_zone, ''), "
    "COALESCE(d.device_type || '/' || d.name, ''), COALESCE(p.name, '') FROM monitorings m "
    "LEFT JOIN users u ON u.id = m.user_id LEFT JOIN devices d ON d.id = m.device_id "
    "LEFT JOIN users du ON du.id = d.user_id LEFT JOIN providers p ON p.id = m.provider_id ";

MonitoringRow read_row(const Statement& s) {
  MonitoringRow r;
  r.id = s.int64(0);
  r.mtype = s.str(1);
  r.user_id = s.opt_int64(2);
  r.device_id = s.opt_int64(3);
  r.provider_id = s.opt_int64(4);
  r.group_by = s.str(5);
  r.amount = s.decimal(6);
  r.period_type = s.str(7);
  r.period_in_past = s.int64(8);
  r.created_at = s.str(9);
  r.user_login = s.str(10);
  r.user_zone = s.str(11);
  r.device_name = s.str(12);
  r.provider_name = s.str(13);
  return r;
}

}  // namespace

std::vector<MonitoringRow> list_monitorings(Database& db) {
  Statement s = db.prepare(std::string(kSelect) + "ORDER BY m.id");
  std::vector<MonitoringRow> rows;
  while (s.step()) rows.push_back(read_row(s));
  return rows;
}

std::optional<MonitoringRow> find_monitoring(Database& db, std::int64_t id) {
  Statement s = db.prepare(std::string(kSelect) + "WHERE m.id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return read_row(s);
}

std::int64_t insert_monitoring(Database& db, const MonitoringRow& r) {
  db.prepare(
        "INSERT INTO monitorings (mtype, user_id, device_id, provider_id, group_by, amount, period_type, "
        "period_in_past, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind_all(r.mtype, r.user_id, r.device_id, r.provider_id, r.group_by, r.amount, r.period_type,
                r.period_in_past, r.created_at)
      .run();
  return db.last_insert_rowid();
}

bool delete_monitoring(Database& db, std::int64_t id) {
  db.prepare("DELETE FROM monitorings WHERE id = ?").bind(1, id).run();
  return db.changes() > 0;
}

std::optional<MonitoredDevice> find_monitored_device(Database& db, std::int64_t device_id) {
  Statement s = db.prepare("SELECT id, user_id, device_type || '/' || name FROM devices WHERE id = ?");
  s.bind(1, device_id);
  if (!s.step()) return std::nullopt;
  return MonitoredDevice{s.int64(0), s.int64(1), s.str(2)};
}

}  // namespace kolmi::store
