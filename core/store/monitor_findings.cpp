#include "core/store/monitor_findings.hpp"

#include <fmt/format.h>

#include "core/time/datetime.hpp"

namespace kolmi::store {

namespace {

// The WHERE of each set over `calls c`: ?1 and ?2 are the window; the
// set's own values follow (bind_scope binds them in this order).
std::string where_of(Dialect dialect, const CallScope& s) {
  constexpr std::string_view kWindow = "c.calldate >= ?1 AND c.calldate < ?2";
  switch (s.set) {
    case CallSet::user:
      return "c.user_id = ?3 AND c.calldate >= ?1 AND c.calldate < ?2";
    case CallSet::device:
      return "c.user_id = ?3 AND c.calldate >= ?1 AND c.calldate < ?2 AND c.src_device_id = ?4";
    case CallSet::rate_above:
      return fmt::format("{} AND c.user_rate > ?3", kWindow);
    case CallSet::margin_destination:
    case CallSet::margin_provider:
      return fmt::format("{} AND c.user_price IS NOT NULL AND c.provider_price IS NOT NULL{}", kWindow,
                         s.provider_id ? " AND c.provider_id = ?3" : "");
    case CallSet::unrated:
      // Written so each engine uses its index of unrated calls (admin_call_list.cpp).
      return dialect == Dialect::mariadb ? "c.unrated_calldate >= ?1 AND c.unrated_calldate < ?2"
                                         : fmt::format("{} AND c.user_price IS NULL", kWindow);
    case CallSet::unassigned:
      return fmt::format("{} AND c.src_device_id IS NULL AND c.dst_device_id IS NULL", kWindow);
  }
  return std::string(kWindow);
}

// How many parameters where_of uses.
int parameters_of(const CallScope& s) {
  switch (s.set) {
    case CallSet::user:
    case CallSet::rate_above:
      return 3;
    case CallSet::device:
      return 4;
    case CallSet::margin_destination:
    case CallSet::margin_provider:
      return s.provider_id ? 3 : 2;
    case CallSet::unrated:
    case CallSet::unassigned:
      return 2;
  }
  return 2;
}

void bind_scope(Statement& st, const CallScope& s) {
  st.bind(1, format_utc(s.from)).bind(2, format_utc(s.till));
  switch (s.set) {
    case CallSet::user:
      st.bind(3, s.user_id);
      break;
    case CallSet::device:
      st.bind(3, s.user_id).bind(4, s.device_id);
      break;
    case CallSet::rate_above:
      st.bind(3, s.rate);
      break;
    case CallSet::margin_destination:
    case CallSet::margin_provider:
      if (s.provider_id) st.bind(3, *s.provider_id);
      break;
    case CallSet::unrated:
    case CallSet::unassigned:
      break;
  }
}

bool by_prefix(CallSet set) { return set == CallSet::rate_above || set == CallSet::margin_destination; }

std::string groups_sql(Dialect dialect, const CallScope& s) {
  std::string key = "''", key_id = "0", name = "''", join, group;
  if (by_prefix(s.set)) {
    key = "COALESCE(c.prefix, '')";
    name = "COALESCE(MAX(d.name), '')";
    join = " LEFT JOIN destinations d ON d.prefix = c.prefix";
    group = " GROUP BY COALESCE(c.prefix, '') ORDER BY COALESCE(c.prefix, '')";
  } else if (s.set == CallSet::margin_provider) {
    key_id = "COALESCE(c.provider_id, 0)";
    name = "COALESCE(MAX(p.name), '')";
    join = " LEFT JOIN providers p ON p.id = c.provider_id";
    group = " GROUP BY COALESCE(c.provider_id, 0) ORDER BY COALESCE(c.provider_id, 0)";
  }
  // SUMs of INTEGER nano-units are exact (SQLite fails rather than overflow).
  return fmt::format(
      "SELECT {}, {}, {}, count(*), COALESCE(sum(c.billsec), 0), COALESCE(sum(c.user_price), 0), "
      "COALESCE(sum(c.provider_price), 0), COALESCE(max(c.user_rate), 0) FROM calls c{} WHERE {}{}",
      key, key_id, name, join, where_of(dialect, s), group);
}

std::string ids_sql(Dialect dialect, const CallScope& s) {
  const int n = parameters_of(s);
  std::string group;
  int limit = n + 1;
  if (by_prefix(s.set)) {
    group = fmt::format(" AND COALESCE(c.prefix, '') = ?{}", n + 1);
    limit = n + 2;
  } else if (s.set == CallSet::margin_provider) {
    group = fmt::format(" AND c.provider_id = ?{}", n + 1);
    limit = n + 2;
  }
  return fmt::format("SELECT c.id FROM calls c WHERE {}{} ORDER BY c.calldate, c.id LIMIT ?{}",
                     where_of(dialect, s), group, limit);
}

}  // namespace

std::vector<CallGroup> call_groups(Database& db, const CallScope& scope) {
  Statement st = db.prepare(groups_sql(db.dialect(), scope));
  bind_scope(st, scope);
  std::vector<CallGroup> out;
  while (st.step()) {
    out.push_back(CallGroup{.prefix = st.str(0),
                            .provider_id = st.int64(1),
                            .name = st.str(2),
                            .calls = st.int64(3),
                            .billsec = st.int64(4),
                            .revenue = st.decimal(5),
                            .cost = st.decimal(6),
                            .top_rate = st.decimal(7)});
  }
  return out;
}

std::vector<std::int64_t> call_group_ids(Database& db, const CallScope& scope, const CallGroup& group,
                                         std::int64_t limit) {
  Statement st = db.prepare(ids_sql(db.dialect(), scope));
  bind_scope(st, scope);
  int next = parameters_of(scope) + 1;
  if (by_prefix(scope.set)) {
    st.bind(next++, group.prefix);
  } else if (scope.set == CallSet::margin_provider) {
    st.bind(next++, group.provider_id);
  }
  st.bind(next, limit);
  std::vector<std::int64_t> ids;
  while (st.step()) ids.push_back(st.int64(0));
  return ids;
}

std::vector<std::string> monitor_finding_statements(Dialect dialect) {
  std::vector<std::string> out;
  for (CallSet set : {CallSet::user, CallSet::device, CallSet::rate_above, CallSet::margin_destination,
                      CallSet::margin_provider, CallSet::unrated, CallSet::unassigned}) {
    for (bool provider : {false, true}) {
      CallScope s{.set = set};
      if (provider) {
        if (set != CallSet::margin_destination && set != CallSet::margin_provider) continue;
        s.provider_id = 1;
      }
      out.push_back(groups_sql(dialect, s));
      out.push_back(ids_sql(dialect, s));
    }
  }
  return out;
}

}  // namespace kolmi::store
