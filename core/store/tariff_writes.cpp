#include "core/store/tariff_writes.hpp"

#include "core/store/rating_data.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::store {

std::int64_t insert_user_tariff(Database& db, std::string_view name, std::string_view currency) {
  return insert_tariff(db, name, "user", currency);
}

std::int64_t insert_tariff(Database& db, std::string_view name, std::string_view purpose, std::string_view currency) {
  db.prepare("INSERT INTO tariffs (name, purpose, currency) VALUES (?, ?, ?)").bind_all(name, purpose, currency).run();
  return db.last_insert_rowid();
}

void for_each_tariff_rate_head(Database& db, std::int64_t tariff_id,
                               const std::function<void(const TariffRateHead&)>& visit) {
  Statement s = db.prepare(
      "SELECT id, destination_id, destinationgroup_id, min_time, effective_from, effective_till FROM rates "
      "WHERE tariff_id = ? ORDER BY id");
  s.bind(1, tariff_id);
  while (s.step()) {
    TariffRateHead h{s.int64(0), s.opt_int64(1), s.opt_int64(2), s.int64(3), std::nullopt, std::nullopt};
    h.effective_from = stored_rate_time(db, s, 4, h.id);
    h.effective_till = stored_rate_time(db, s, 5, h.id);
    visit(h);
  }
}

void for_each_tariff_rate_detail(Database& db, std::int64_t tariff_id,
                                 const std::function<void(std::int64_t rate_id, TariffRateDetail&&)>& visit) {
  Statement s = db.prepare(
      "SELECT d.rate_id, d.\"from\", d.duration, d.artype, d.round, d.price, d.start_time, d.end_time, "
      "d.daytype FROM aratedetails d JOIN rates r ON r.id = d.rate_id WHERE r.tariff_id = ? "
      "ORDER BY d.rate_id, d.\"from\", d.id");
  s.bind(1, tariff_id);
  while (s.step()) {
    visit(s.int64(0), TariffRateDetail{s.int64(1), s.int64(2), s.str(3), s.int64(4), s.int64(5), s.str(6),
                                       s.str(7), s.str(8)});
  }
}

TariffRateWriter::TariffRateWriter(Database& db)
    : db_(db),
      add_rate_(db.prepare("INSERT INTO rates (tariff_id, destination_id, destinationgroup_id, min_time, "
                           "effective_from) VALUES (?, ?, ?, ?, ?)")),
      set_min_time_(db.prepare("UPDATE rates SET min_time = ? WHERE id = ?")),
      clear_details_(db.prepare("DELETE FROM aratedetails WHERE rate_id = ?")),
      add_detail_(db.prepare("INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, price, "
                             "start_time, end_time, "
                             "daytype) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      remove_rate_(db.prepare("DELETE FROM rates WHERE id = ?")),
      set_till_(db.prepare("UPDATE rates SET effective_till = ? WHERE id = ?")) {}

namespace {
std::optional<std::string> stored_text(std::optional<Seconds> t) {
  if (!t) return std::nullopt;
  return format_utc(*t);
}
}  // namespace

void TariffRateWriter::set_effective_till(std::int64_t rate_id, std::optional<Seconds> till) {
  set_till_.bind_all(stored_text(till), rate_id).run();
}

std::int64_t TariffRateWriter::add_rate(std::int64_t tariff_id, std::optional<std::int64_t> destination_id,
                                        std::optional<std::int64_t> group_id, std::int64_t min_time,
                                        std::optional<Seconds> effective_from) {
  add_rate_.bind_all(tariff_id, destination_id, group_id, min_time, stored_text(effective_from)).run();
  return db_.last_insert_rowid();
}

void TariffRateWriter::set_min_time(std::int64_t rate_id, std::int64_t min_time) {
  set_min_time_.bind_all(min_time, rate_id).run();
}

void TariffRateWriter::clear_details(std::int64_t rate_id) {
  clear_details_.bind(1, rate_id).run();
}

void TariffRateWriter::add_detail(std::int64_t rate_id, const TariffRateDetail& d) {
  add_detail_
      .bind_all(rate_id, d.from, d.duration, d.artype, d.round, d.price, d.start_time, d.end_time, d.daytype)
      .run();
}

void TariffRateWriter::remove_rate(std::int64_t rate_id) {
  remove_rate_.bind(1, rate_id).run();
}

}  // namespace kolmi::store
