#include "core/store/tariff_list.hpp"

#include "core/store/rate_versions.hpp"

namespace kolmi::store {

std::vector<TariffSummary> list_tariffs(Database& db, std::optional<Seconds> at) {
  // Counted per tariff through the rates_tariff index; users are few.
  Statement s = db.prepare(
      "SELECT t.id, t.name, t.purpose, t.currency,"
      " (SELECT count(*) FROM rates r WHERE r.tariff_id = t.id AND " + rate_in_force_sql("r", 1) + "),"
      " (SELECT count(*) FROM users u WHERE u.tariff_id = t.id)"
      " FROM tariffs t ORDER BY t.name, t.id");
  s.bind(1, rate_moment(at));
  std::vector<TariffSummary> out;
  while (s.step()) {
    out.push_back(TariffSummary{s.int64(0), std::string(s.text(1)), std::string(s.text(2)),
                                std::string(s.text(3)), s.int64(4), s.int64(5)});
  }
  return out;
}

}  // namespace kolmi::store
