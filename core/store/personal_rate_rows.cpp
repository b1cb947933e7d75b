#include "core/store/personal_rate_rows.hpp"

#include <fmt/format.h>

#include "core/store/rate_versions.hpp"

namespace kolmi::store {

namespace {

// The group rates a tariff lists (rules in pages/personal_rates.hpp),
// shared by the list and the single-group lookup so both agree on what
// "your group" means. ?1 is the tariff, ?3 the moment whose rates are in
// force (store/rate_versions.hpp). The MIN(id) subquery is a lookup in
// rates_tariff.
std::string listed_rates() {
  return fmt::format(R"SQL(
WITH listed AS (
  SELECT r.id AS rate_id, r.destinationgroup_id AS group_id
  FROM rates r
  WHERE r.tariff_id = ?1 AND r.destination_id IS NULL AND r.destinationgroup_id IS NOT NULL AND {}
    AND r.id = (SELECT MIN(r2.id) FROM rates r2
                WHERE r2.tariff_id = ?1 AND r2.destinationgroup_id = r.destinationgroup_id
                  AND r2.destination_id IS NULL AND {})
    AND EXISTS (SELECT 1 FROM aratedetails d WHERE d.rate_id = r.id))
)SQL",
                     rate_in_force_sql("r", 3), rate_in_force_sql("r2", 3));
}

}  // namespace

std::optional<TariffPricing> find_tariff_pricing(Database& db, std::int64_t tariff_id) {
  Statement tariff = db.prepare("SELECT currency, name FROM tariffs WHERE id = ?");
  tariff.bind(1, tariff_id);
  if (!tariff.step()) return std::nullopt;
  return TariffPricing{tariff.str(0), tariff.str(1)};
}

ListedGroupCursor ListedGroupCursor::open(Database& db, std::int64_t tariff_id, std::optional<Seconds> at) {
  Statement s = db.prepare(listed_rates() +
                           "SELECT g.id, g.name, g.flag, g.desttype, l.rate_id "
                           "FROM listed l JOIN destinationgroups g ON g.id = l.group_id "
                           "ORDER BY g.name, g.desttype, g.id");
  s.bind(1, tariff_id).bind(3, rate_moment(at));
  return ListedGroupCursor(std::move(s));
}

RateDetailCursor RateDetailCursor::open(Database& db) {
  return RateDetailCursor(
      db.prepare("SELECT id, artype, price, start_time, end_time, daytype FROM aratedetails "
                 "WHERE rate_id = ? ORDER BY \"from\", id"));
}

std::optional<ListedGroup> find_listed_group(Database& db, std::int64_t tariff_id, std::int64_t group_id,
                                            std::optional<Seconds> at) {
  Statement s = db.prepare(listed_rates() +
                           "SELECT g.name, g.flag FROM listed l "
                           "JOIN destinationgroups g ON g.id = l.group_id WHERE l.group_id = ?2");
  s.bind(1, tariff_id).bind(2, group_id).bind(3, rate_moment(at));
  if (!s.step()) return std::nullopt;
  return ListedGroup{s.str(0), s.str(1)};
}

GroupDestinationCursor GroupDestinationCursor::open(Database& db, std::int64_t group_id) {
  Statement directions = db.prepare(
      "SELECT name, prefix, subcode FROM destinations WHERE destinationgroup_id = ? ORDER BY prefix");
  directions.bind(1, group_id);
  directions.stream();  // MariaDB: row by row; nothing else may run until it ends (Statement::stream)
  return GroupDestinationCursor(std::move(directions));
}

}  // namespace kolmi::store
