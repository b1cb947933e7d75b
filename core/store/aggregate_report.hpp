#pragma once
// The SQL of `kolmi admin report` (issue 15 item 3, MOR's aggregate
// statistics): the calls of a period summed by any combination of their
// paying user, the device that made them, the provider they left through,
// the destination prefix matched and the start time, in one pass over
// `calls` and nothing else (names are looked up afterwards for the few
// groups, report_names): on MariaDB one GROUP BY on the server; on SQLite
// one read of the calls, each summed at once into its group, found in a
// hash table, which skips the sort SQLite's own GROUP BY makes of every row
// (bench/report.sh: about 0.6 of the sqlite3 shell's GROUP BY).
//
// Times are grouped on the report's wall clock without converting a time
// per row: the period is cut into stretches over which the zone's UTC
// offset is constant (console/aggregate_report makes them); within one, a
// UTC day (or hour) falls into at most two local ones, split at a fixed
// time of day (or minute of the hour). The query groups by the UTC day (or
// hour) and by a small whole number, the shift, that says which: a CASE on
// the stretch (calldate compared with its bound end) and on the time part
// compared with the cut. The caller adds the shift to the UTC bucket.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

// What the time part of a group is.
enum class ReportTime {
  none,
  day,       // 'YYYY-MM-DD' (UTC); shift in days
  hour,      // 'HH', the hour of the day (UTC); shift in hours
  day_hour,  // 'YYYY-MM-DD HH' (UTC); shift in hours
};

// A stretch of constant UTC offset: the calls before `end` (UTC
// 'YYYY-MM-DD HH:MM:SS'; the last stretch's end is not read) not in an
// earlier stretch. Their shift is `after` when their time part
// ('HH:MM:SS' for days, 'MM:SS' for hours) is at or past `cut`, else
// `before`.
struct ReportStretch {
  std::string end;
  std::string cut;
  std::int64_t before = 0;
  std::int64_t after = 0;
};

struct ReportQuery {
  std::string from, till;  // UTC 'YYYY-MM-DD HH:MM:SS', [from, till)
  bool by_user = false;
  bool by_device = false;    // calls.src_device_id
  bool by_provider = false;  // calls.provider_id
  bool by_prefix = false;    // calls.prefix (destination, or its group)
  ReportTime time = ReportTime::none;
  std::vector<ReportStretch> stretches;  // at least one when time is not none
  std::optional<std::int64_t> user_id;
  std::optional<std::int64_t> provider_id;
  // An admin_call_list number pattern (GLOB syntax; '*' only) over calls.dst.
  std::optional<std::string> dst_glob;
};

// The sums of a group: exact (money in nano-units of the default currency;
// 128 bits, so folding groups together cannot overflow).
struct ReportSums {
  std::int64_t calls = 0;
  std::int64_t answered = 0;        // disposition ANSWERED
  std::int64_t billsec = 0;         // talk time
  std::int64_t billed_seconds = 0;  // calls.user_billsec (unrated calls: 0)
  Int128 revenue = 0;               // calls.user_price (unrated calls: 0)
  Int128 cost = 0;                  // calls.provider_price (no buy price: 0)

  ReportSums& operator+=(const ReportSums& o) {
    calls += o.calls;
    answered += o.answered;
    billsec += o.billsec;
    billed_seconds += o.billed_seconds;
    revenue += o.revenue;
    cost += o.cost;
    return *this;
  }
};

// One group as the database gives it; a key the query does not group by is
// left empty.
struct ReportGroup {
  std::optional<std::int64_t> user_id, device_id, provider_id;
  std::optional<std::string> prefix;  // NULL: no destination matched
  std::string time;                   // the UTC bucket (ReportTime)
  std::int64_t shift = 0;
  ReportSums sums;
};

// The groups of the calls users made (calls.user_id set: outgoing and
// internal calls; incoming calls from outside and unassigned calls have no
// payer and are not counted) in [from, till) that pass the filters, in no
// particular order. Throws Error(storage).
std::vector<ReportGroup> report_groups(Database& db, const ReportQuery& q);

// The first and last calldate of the calls in [from, till) (UTC text; any
// call, paid for or not); nullopt when there are none. Lets the caller cut
// stretches only over time that has calls.
std::optional<std::pair<std::string, std::string>> report_call_span(Database& db, const std::string& from,
                                                                     const std::string& till);

// Names of the report's keys, looked up by id (one indexed look-up each).
struct ReportDestination {
  std::string name;                           // "" when the prefix has no destination row
  std::optional<std::int64_t> group_id;       // destinations.destinationgroup_id
  std::string group_name;                     // "" when none
};
struct ReportNames {
  std::unordered_map<std::int64_t, std::string> users;      // login
  std::unordered_map<std::int64_t, std::string> devices;    // 'TYPE/name'
  std::unordered_map<std::int64_t, std::string> providers;  // name
  std::unordered_map<std::string, ReportDestination> prefixes;
};
// Fills `names` for every id and prefix the groups use (an id whose row is
// gone gets ""). Throws Error(storage).
void load_report_names(Database& db, const std::vector<ReportGroup>& groups, ReportNames& names);

// The provider named `name`, or with id `name` when it is a number; nullopt when none.
std::optional<std::int64_t> report_provider_id(Database& db, const std::string& name);

}  // namespace kolmi::store
