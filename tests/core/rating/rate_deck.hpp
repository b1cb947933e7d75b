#pragma once
// An in-memory database with MOR's rating tables and helpers that insert
// rows with bound values, for the rating engine's tests.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"

namespace kolmi::test {

inline Decimal dec(std::string_view text) {
  return *Decimal::parse(text);
}

// A database with MOR's schema and helpers that insert rows with bound values.
struct Deck {
  store::Database db = store::Database::open_memory();
  Deck() { kolmi::store::migrate(db); }

  void group(std::int64_t id, std::string_view name) {
    db.prepare("INSERT INTO destinationgroups (id, name) VALUES (?, ?)").bind_all(id, name).run();
  }
  void destination(std::int64_t id, std::string_view prefix, std::optional<std::int64_t> group_id) {
    db.prepare("INSERT INTO destinations (id, prefix, destinationgroup_id) VALUES (?, ?, ?)")
        .bind_all(id, prefix, group_id)
        .run();
  }
  void tariff(std::int64_t id, std::string_view currency) {
    db.prepare("INSERT INTO tariffs (id, name, currency) VALUES (?, ?, ?)")
        .bind_all(id, "tariff " + std::to_string(id), currency)
        .run();
  }
  void currency(std::string_view name, std::string_view exchange_rate) {
    db.prepare("INSERT INTO currencies (name, exchange_rate) VALUES (?, ?)")
        .bind_all(name, dec(exchange_rate))
        .run();
  }
  void group_rate(std::int64_t id, std::int64_t tariff_id, std::int64_t group_id, std::int64_t min_time = 0) {
    db.prepare("INSERT INTO rates (id, tariff_id, destinationgroup_id, min_time) VALUES (?, ?, ?, ?)")
        .bind_all(id, tariff_id, group_id, min_time)
        .run();
  }
  void destination_rate(std::int64_t id, std::int64_t tariff_id, std::int64_t destination_id) {
    db.prepare("INSERT INTO rates (id, tariff_id, destination_id) VALUES (?, ?, ?)")
        .bind_all(id, tariff_id, destination_id)
        .run();
  }
  void detail(std::int64_t rate_id, std::int64_t from, std::int64_t duration, std::string_view artype,
              std::int64_t round, std::string_view price, std::string_view start = "00:00:00",
              std::string_view end = "23:59:59", std::string_view daytype = "") {
    db.prepare(
          "INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, price, "
          "start_time, end_time, daytype) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(rate_id, from, duration, artype, round, dec(price), start, end, daytype)
        .run();
  }
  // One minute interval billed by the second: the simple case most rates are.
  void per_second(std::int64_t rate_id, std::string_view price) {
    detail(rate_id, 1, -1, "minute", 1, price);
  }
};

}  // namespace kolmi::test
