#include "core/store/aggregate_report.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/admin_call_list.hpp"
#include "core/text/id_number.hpp"
#include "core/text/string_map.hpp"

namespace kolmi::store {

namespace {

// The sums every group gets, in this order after its keys. Written so both
// engines read them the same (SQLite's SUM of integers is an integer that
// raises an error rather than overflow; MariaDB's is an exact DECIMAL).
constexpr std::string_view kSums =
    "COUNT(*), SUM(CASE WHEN c.disposition = 'ANSWERED' THEN 1 ELSE 0 END), SUM(c.billsec), "
    "SUM(c.user_billsec), SUM(c.user_price), SUM(c.provider_price)";

// The UTC bucket and the part of the time compared with a stretch's cut
// (1-based substr positions of 'YYYY-MM-DD HH:MM:SS').
struct TimeParts {
  std::string_view bucket;
  std::string_view cut_part;
};
TimeParts time_parts(ReportTime t) {
  switch (t) {
    case ReportTime::day:
      return {"substr(c.calldate, 1, 10)", "substr(c.calldate, 12, 8)"};
    case ReportTime::hour:
      return {"substr(c.calldate, 12, 2)", "substr(c.calldate, 15, 5)"};
    case ReportTime::day_hour:
      return {"substr(c.calldate, 1, 13)", "substr(c.calldate, 15, 5)"};
    case ReportTime::none:
      break;
  }
  return {};
}

// The one shift every call gets, when the stretches leave no choice (UTC,
// or a whole-hour offset grouped by hours, over one stretch).
std::optional<std::int64_t> constant_shift(const std::vector<ReportStretch>& stretches) {
  if (stretches.empty()) return 0;
  const std::int64_t v = stretches.front().before;
  for (const ReportStretch& s : stretches) {
    if (s.before != v || s.after != v) return std::nullopt;
  }
  return v;
}

// Binds values in the order the SQL text names them.
struct Binder {
  std::vector<std::string> texts;
  std::vector<std::int64_t> numbers;
  std::vector<bool> is_text;
  void text(std::string v) {
    texts.push_back(std::move(v));
    is_text.push_back(true);
  }
  void number(std::int64_t v) {
    numbers.push_back(v);
    is_text.push_back(false);
  }
  void apply(Statement& s) const {
    std::size_t t = 0, n = 0;
    for (std::size_t i = 0; i < is_text.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      if (is_text[i]) {
        s.bind(index, texts[t++]);
      } else {
        s.bind(index, numbers[n++]);
      }
    }
  }
};

// CASE WHEN c.calldate < end1 THEN <shift1> ... ELSE <shiftN> END, where a
// shift is a number or CASE WHEN <time part> >= cut THEN after ELSE before END.
std::string shift_sql(std::string_view cut_part, const std::vector<ReportStretch>& stretches, Binder& b) {
  auto one = [&](const ReportStretch& s) {
    if (s.before == s.after) {
      b.number(s.before);
      return std::string("?");
    }
    b.text(s.cut);
    b.number(s.after);
    b.number(s.before);
    return fmt::format("CASE WHEN {} >= ? THEN ? ELSE ? END", cut_part);
  };
  if (stretches.size() == 1) return one(stretches.front());
  std::string sql = "CASE";
  for (std::size_t i = 0; i + 1 < stretches.size(); ++i) {
    b.text(stretches[i].end);
    sql += " WHEN c.calldate < ? THEN ";
    sql += one(stretches[i]);
  }
  sql += " ELSE ";
  sql += one(stretches.back());
  sql += " END";
  return sql;
}

Int128 sum_of(const Statement& s, int col) { return s.is_null(col) ? 0 : s.int64(col); }

// The figures of one call, summed by report_groups on SQLite, in this
// order after its keys.
constexpr std::string_view kRowFigures =
    "c.disposition = 'ANSWERED', c.billsec, c.user_billsec, c.user_price, c.provider_price";

// What a key column holds, for the bytes that identify a group.
enum class KeyKind { number, text };

// Appends one key column to a group's identifying bytes: a NULL marker, or
// the number's 8 bytes, or the text's length and bytes (so no two different
// rows of keys give the same bytes).
void append_key(std::string& key, const Statement& s, int col, KeyKind kind) {
  if (s.is_null(col)) {
    key += '\0';
    return;
  }
  key += '\1';
  if (kind == KeyKind::number) {
    const std::int64_t v = s.int64(col);
    key.append(reinterpret_cast<const char*>(&v), sizeof v);
  } else {
    const std::string_view v = s.text(col);
    const std::uint64_t n = v.size();
    key.append(reinterpret_cast<const char*>(&n), sizeof n);
    key.append(v);
  }
}

// a += b, or the error SQLite's SUM gives when an integer sum overflows.
void add_checked(std::int64_t& a, std::int64_t b, std::string_view column) {
  if (__builtin_add_overflow(a, b, &a)) {
    throw storage_error(fmt::format("calls.{}: integer overflow while summing a report group", column));
  }
}

// Adds the figures (kRowFigures, from column `first` on) of the row `s` is on.
void add_row(ReportSums& sums, const Statement& s, int first) {
  sums.calls += 1;
  sums.answered += s.int64(first);
  add_checked(sums.billsec, s.int64(first + 1), "billsec");
  add_checked(sums.billed_seconds, s.int64(first + 2), "user_billsec");  // NULL reads as 0, as SUM skips it
  sums.revenue += s.int64(first + 3);
  sums.cost += s.int64(first + 4);
}

// The keys of the group the row `s` is on (the columns report_groups selects first).
ReportGroup read_group_keys(const Statement& s, const ReportQuery& q, std::optional<std::int64_t> fixed_shift) {
  ReportGroup g;
  int col = 0;
  if (q.by_user) g.user_id = s.opt_int64(col++);
  if (q.by_device) g.device_id = s.opt_int64(col++);
  if (q.by_provider) g.provider_id = s.opt_int64(col++);
  if (q.by_prefix) g.prefix = s.opt_str(col++);
  if (q.time != ReportTime::none) {
    g.time = s.str(col++);
    g.shift = fixed_shift ? *fixed_shift : s.int64(col++);
  }
  return g;
}

}  // namespace

std::vector<ReportGroup> report_groups(Database& db, const ReportQuery& q) {
  Binder b;
  std::string select = "SELECT ";
  std::vector<KeyKind> kinds;
  auto key = [&](std::string_view expr, KeyKind kind) {
    select += expr;
    select += ", ";
    kinds.push_back(kind);
  };
  if (q.by_user) key("c.user_id", KeyKind::number);
  if (q.by_device) key("c.src_device_id", KeyKind::number);
  if (q.by_provider) key("c.provider_id", KeyKind::number);
  if (q.by_prefix) key("c.prefix", KeyKind::text);
  std::optional<std::int64_t> fixed_shift = 0;
  if (q.time != ReportTime::none) {
    const TimeParts parts = time_parts(q.time);
    key(parts.bucket, KeyKind::text);
    fixed_shift = constant_shift(q.stretches);
    if (!fixed_shift) key(shift_sql(parts.cut_part, q.stretches, b), KeyKind::number);
  }
  const bool sum_here = db.dialect() == Dialect::sqlite;
  select += sum_here ? kRowFigures : kSums;
  std::string sql = select + " FROM calls c WHERE c.calldate >= ? AND c.calldate < ? AND c.user_id IS NOT NULL";
  b.text(q.from);
  b.text(q.till);
  if (q.user_id) {
    sql += " AND c.user_id = ?";
    b.number(*q.user_id);
  }
  if (q.provider_id) {
    sql += " AND c.provider_id = ?";
    b.number(*q.provider_id);
  }
  if (q.dst_glob) {
    sql += db.dialect() == Dialect::sqlite ? " AND c.dst GLOB ?" : " AND c.dst LIKE ? ESCAPE '!'";
    b.text(number_pattern(db.dialect(), *q.dst_glob));
  }
  const int keys = static_cast<int>(kinds.size());
  if (keys > 0 && !sum_here) {
    sql += " GROUP BY ";
    for (int i = 1; i <= keys; ++i) sql += i == 1 ? fmt::format("{}", i) : fmt::format(", {}", i);
  }

  Statement s = db.prepare(sql);
  b.apply(s);
  std::vector<ReportGroup> groups;
  if (sum_here) {
    // SQLite would group by sorting every row (its sorter writes, sorts
    // and reads back each one: as long again as reading the rows); here
    // each row is added to its group's sums at once, found by its key
    // columns' bytes in a hash table, so only the groups are held.
    text::StringMap<std::size_t> index;
    std::string row_key;
    while (s.step()) {
      row_key.clear();
      for (int col = 0; col < keys; ++col) append_key(row_key, s, col, kinds[static_cast<std::size_t>(col)]);
      auto found = index.find(std::string_view(row_key));
      if (found == index.end()) {
        found = index.emplace(row_key, groups.size()).first;
        groups.push_back(read_group_keys(s, q, fixed_shift));
      }
      add_row(groups[found->second].sums, s, keys);
    }
    return groups;
  }
  while (s.step()) {
    ReportGroup g = read_group_keys(s, q, fixed_shift);
    const int col = keys;
    g.sums.calls = s.int64(col);
    if (g.sums.calls == 0) continue;  // no GROUP BY and no calls: the one row of zeros
    g.sums.answered = s.int64(col + 1);
    g.sums.billsec = s.int64(col + 2);
    g.sums.billed_seconds = s.int64(col + 3);
    g.sums.revenue = sum_of(s, col + 4);
    g.sums.cost = sum_of(s, col + 5);
    groups.push_back(std::move(g));
  }
  return groups;
}

std::optional<std::pair<std::string, std::string>> report_call_span(Database& db, const std::string& from,
                                                                     const std::string& till) {
  // Two look-ups at the ends of calls_date, not a MIN and a MAX in one
  // query (which SQLite answers by reading the whole range). Calls without
  // a payer may widen the span a little; it only has to cover the others.
  auto end = [&](std::string_view sql) -> std::optional<std::string> {
    Statement s = db.prepare(sql);
    s.bind_all(from, till);
    if (!s.step()) return std::nullopt;
    return s.str(0);
  };
  auto first = end("SELECT calldate FROM calls WHERE calldate >= ? AND calldate < ? ORDER BY calldate LIMIT 1");
  if (!first) return std::nullopt;
  auto last = end("SELECT calldate FROM calls WHERE calldate >= ? AND calldate < ? ORDER BY calldate DESC LIMIT 1");
  std::string last_text = last.value_or(*first);
  return std::pair(std::move(*first), std::move(last_text));
}

void load_report_names(Database& db, const std::vector<ReportGroup>& groups, ReportNames& names) {
  std::set<std::int64_t> users, devices, providers;
  std::set<std::string> prefixes;
  for (const ReportGroup& g : groups) {
    if (g.user_id) users.insert(*g.user_id);
    if (g.device_id) devices.insert(*g.device_id);
    if (g.provider_id) providers.insert(*g.provider_id);
    if (g.prefix) prefixes.insert(*g.prefix);
  }
  auto each = [&](const auto& ids, std::string_view sql, auto&& keep) {
    if (ids.empty()) return;
    Statement s = db.prepare(sql);
    for (const auto& id : ids) {
      s.reset();
      s.bind(1, id);
      keep(id, s.step() ? &s : nullptr);
    }
  };
  each(users, "SELECT username FROM users WHERE id = ?",
       [&](std::int64_t id, const Statement* s) { names.users[id] = s ? s->str(0) : std::string(); });
  each(devices, "SELECT device_type || '/' || name FROM devices WHERE id = ?",
       [&](std::int64_t id, const Statement* s) { names.devices[id] = s ? s->str(0) : std::string(); });
  each(providers, "SELECT name FROM providers WHERE id = ?",
       [&](std::int64_t id, const Statement* s) { names.providers[id] = s ? s->str(0) : std::string(); });
  each(prefixes,
       "SELECT d.name, d.destinationgroup_id, g.name FROM destinations d "
       "LEFT JOIN destinationgroups g ON g.id = d.destinationgroup_id WHERE d.prefix = ?",
       [&](const std::string& prefix, const Statement* s) {
         ReportDestination d;
         if (s) {
           d.name = s->str(0);
           d.group_id = s->opt_int64(1);
           d.group_name = s->str(2);
         }
         names.prefixes[prefix] = std::move(d);
       });
}

std::optional<std::int64_t> report_provider_id(Database& db, const std::string& name) {
  Statement s = db.prepare("SELECT id FROM providers WHERE name = ?");
  s.bind(1, name);
  if (s.step()) return s.int64(0);
  if (auto id = text::parse_id(name)) {
    Statement by_id = db.prepare("SELECT id FROM providers WHERE id = ?");
    by_id.bind(1, *id);
    if (by_id.step()) return by_id.int64(0);
  }
  return std::nullopt;
}

}  // namespace kolmi::store
