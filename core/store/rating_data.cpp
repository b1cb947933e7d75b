#include "core/store/rating_data.hpp"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::store {

namespace {

DestinationRow destination_row(const Statement& s) {
  return DestinationRow{s.int64(0), s.text(1), s.opt_int64(2)};
}

constexpr std::string_view kRateColumns =
    "SELECT id, tariff_id, destination_id, destinationgroup_id, min_time, effective_from, effective_till FROM rates ";

RateRow rate_row(const Database& db, const Statement& s) {
  RateRow r{s.int64(0), s.int64(1), s.opt_int64(2), s.opt_int64(3), s.int64(4), std::nullopt, std::nullopt};
  r.effective_from = stored_rate_time(db, s, 5, r.id);
  r.effective_till = stored_rate_time(db, s, 6, r.id);
  return r;
}

constexpr std::string_view kDetailColumns =
    "SELECT id, rate_id, \"from\", duration, artype, round, price, start_time, end_time, daytype "
    "FROM aratedetails ";

RateDetailRow detail_row(const Statement& s) {
  RateDetailRow r;
  r.id = s.int64(0);
  r.rate_id = s.int64(1);
  r.from = s.int64(2);
  r.duration = s.int64(3);
  r.artype = s.text(4);
  r.round = s.int64(5);
  r.price = s.decimal(6);
  r.start_time = s.text(7);
  r.end_time = s.text(8);
  r.daytype = s.text(9);
  return r;
}

}  // namespace

std::optional<Seconds> stored_rate_time(const Database& db, const Statement& s, int col, std::int64_t rate_id) {
  if (s.is_null(col)) return std::nullopt;
  const std::string_view text = s.text(col);
  if (auto t = parse_utc(text)) return t;
  throw storage_error(fmt::format("{}: rates row {}: effective time '{}' is not 'YYYY-MM-DD HH:MM:SS'", db.path(),
                                  rate_id, text));
}

void for_each_destination(Database& db, const std::function<void(const DestinationRow&)>& row) {
  Statement s = db.prepare("SELECT id, prefix, destinationgroup_id FROM destinations ORDER BY id");
  s.stream();  // MariaDB: row by row; `row` must not use the database (Statement::stream)
  while (s.step()) row(destination_row(s));
}

void for_each_destination_prefixing(Database& db, std::string_view digits,
                                    const std::function<void(const DestinationRow&)>& row) {
  // destinations.prefix is UNIQUE, so each length is one index probe.
  std::vector<DestinationRow> found;
  std::vector<std::string> prefixes;
  Statement s = db.prepare("SELECT id, prefix, destinationgroup_id FROM destinations WHERE prefix = ?");
  for (std::size_t n = 1; n <= digits.size(); ++n) {
    s.reset();
    s.bind(1, digits.substr(0, n));
    if (!s.step()) continue;
    prefixes.push_back(s.str(1));
    found.push_back(DestinationRow{s.int64(0), {}, s.opt_int64(2)});
  }
  for (std::size_t i = 0; i < found.size(); ++i) found[i].prefix = prefixes[i];
  std::vector<std::size_t> order(found.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return found[a].id < found[b].id; });
  for (std::size_t i : order) row(found[i]);
}

void for_each_tariff(Database& db, std::optional<std::int64_t> only,
                     const std::function<void(const TariffRow&)>& row) {
  Statement s = db.prepare("SELECT id, name, currency FROM tariffs WHERE ?1 IS NULL OR id = ?1 ORDER BY id");
  s.bind(1, only);
  while (s.step()) row(TariffRow{s.int64(0), s.text(1), s.text(2)});
}

void for_each_rate(Database& db, const std::function<void(const RateRow&)>& row) {
  Statement s = db.prepare(std::string(kRateColumns) + "ORDER BY id");
  s.stream();  // MariaDB: row by row; `row` must not use the database (Statement::stream)
  while (s.step()) row(rate_row(db, s));
}

void for_each_rate_for(Database& db, std::int64_t tariff_id, const std::vector<std::int64_t>& destination_ids,
                       const std::vector<std::int64_t>& group_ids, const std::function<void(const RateRow&)>& row) {
  std::vector<RateRow> found;
  Statement by_destination = db.prepare(std::string(kRateColumns) + "WHERE tariff_id = ? AND destination_id = ?");
  for (std::int64_t id : destination_ids) {
    by_destination.reset();
    by_destination.bind_all(tariff_id, id);
    while (by_destination.step()) found.push_back(rate_row(db, by_destination));
  }
  Statement by_group = db.prepare(std::string(kRateColumns) +
                                  "WHERE tariff_id = ? AND destinationgroup_id = ? AND destination_id IS NULL");
  for (std::int64_t id : group_ids) {
    by_group.reset();
    by_group.bind_all(tariff_id, id);
    while (by_group.step()) found.push_back(rate_row(db, by_group));
  }
  std::sort(found.begin(), found.end(), [](const RateRow& a, const RateRow& b) { return a.id < b.id; });
  found.erase(std::unique(found.begin(), found.end(), [](const RateRow& a, const RateRow& b) { return a.id == b.id; }),
              found.end());
  for (const RateRow& r : found) row(r);
}

void for_each_rate_detail(Database& db, const std::function<void(const RateDetailRow&)>& row) {
  Statement s = db.prepare(std::string(kDetailColumns) + "ORDER BY rate_id, \"from\", id");
  s.stream();  // MariaDB: row by row; `row` must not use the database (Statement::stream)
  while (s.step()) row(detail_row(s));
}

void for_each_rate_detail_of(Database& db, std::int64_t rate_id,
                             const std::function<void(const RateDetailRow&)>& row) {
  Statement s = db.prepare(std::string(kDetailColumns) + "WHERE rate_id = ? ORDER BY \"from\", id");
  s.bind(1, rate_id);
  while (s.step()) row(detail_row(s));
}

void for_each_user_rating(Database& db, const std::function<void(const UserRatingRow&)>& visit) {
  Statement s = db.prepare("SELECT id, tariff_id, time_zone, username FROM users");
  while (s.step()) visit(UserRatingRow{s.int64(0), s.opt_int64(1), s.text(2), s.text(3)});
}

}  // namespace kolmi::store
