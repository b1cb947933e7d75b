#include "core/store/tariff_rate_list.hpp"

#include "core/store/rate_versions.hpp"

namespace kolmi::store {

namespace {

// Every part selects the same columns: the rate (0-7), then its detail
// (8-16, NULL for a rate without details).
constexpr std::string_view kDetailColumns =
    "a.id, a.\"from\", a.duration, a.artype, a.round, a.price, a.start_time, a.end_time, a.daytype ";
constexpr std::string_view kDetailOrder = "a.\"from\", a.id";

// Only the rates in force at ?5 (store/rate_versions.hpp) are listed: the
// conditions below name the rows they read (r, o).
#define KOLMI_IN_FORCE(alias)                                                                              \
  "((?5 IS NULL AND " alias ".effective_till IS NULL) OR (?5 IS NOT NULL AND (" alias                    \
  ".effective_from IS NULL OR " alias ".effective_from <= ?5) AND (" alias ".effective_till IS NULL OR " alias \
  ".effective_till > ?5))) "

// Group rates. ?1 tariff; the filter adds its own condition.
constexpr std::string_view kGroupRates =
    "SELECT r.id, r.min_time, NULL, NULL, NULL, g.id, g.name, g.desttype, ";
constexpr std::string_view kGroupRatesFrom =
    "FROM rates r JOIN destinationgroups g ON g.id = r.destinationgroup_id "
    "LEFT JOIN aratedetails a ON a.rate_id = r.id "
    "WHERE r.tariff_id = ?1 AND r.destination_id IS NULL AND " KOLMI_IN_FORCE("r");
constexpr std::string_view kGroupRatesOrder = "ORDER BY g.name, g.desttype, g.id, r.id, ";

// True when destination d has no rate of its own in tariff ?1 (both
// lookups are seeks in rates_tariff; a row naming a group other than the
// destination's own is not looked for: kolmi never writes one).
constexpr std::string_view kLacksOwnRate =
    "NOT EXISTS (SELECT 1 FROM rates o WHERE o.tariff_id = ?1 AND o.destinationgroup_id IS NULL "
    "AND o.destination_id = d.id AND " KOLMI_IN_FORCE("o") ") AND NOT EXISTS (SELECT 1 FROM rates o WHERE o.tariff_id = ?1 "
    "AND o.destinationgroup_id = d.destinationgroup_id AND o.destination_id = d.id AND " KOLMI_IN_FORCE("o") ")";

// Destination rates as kolmi writes them (no group), driven by the
// destinations in prefix order and seeking each one's rate: no sort. The
// CROSS JOIN keeps destinations the outer loop.
constexpr std::string_view kDestinationRates =
    "SELECT r.id, r.min_time, d.id, d.prefix, d.name, g.id, g.name, g.desttype, ";
constexpr std::string_view kDestinationRatesFrom =
    "FROM destinations d CROSS JOIN rates r ON r.tariff_id = ?1 AND r.destinationgroup_id IS NULL "
    "AND r.destination_id = d.id AND " KOLMI_IN_FORCE("r")
    "LEFT JOIN destinationgroups g ON g.id = d.destinationgroup_id "
    "LEFT JOIN aratedetails a ON a.rate_id = r.id ";
constexpr std::string_view kDestinationRatesOrder = "ORDER BY d.prefix, r.id, ";

// Rows naming both a destination and a group: few, sorted.
constexpr std::string_view kBothRatesFrom =
    "FROM rates r JOIN destinations d ON d.id = r.destination_id "
    "LEFT JOIN destinationgroups g ON g.id = d.destinationgroup_id "
    "LEFT JOIN aratedetails a ON a.rate_id = r.id "
    "WHERE r.tariff_id = ?1 AND r.destinationgroup_id IS NOT NULL AND r.destination_id IS NOT NULL AND "
    KOLMI_IN_FORCE("r");
#undef KOLMI_IN_FORCE

// ?2, ?3: the prefix range [P, P + ':'), ':' being the character after '9';
// ?4: the covering destination's id (NULL when there is none).
constexpr std::string_view kInRange = "d.prefix >= ?2 AND d.prefix < ?3";

std::string sql(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  return out;
}

// The longest destination whose prefix `prefix` starts with, when it is
// shorter than `prefix` (one that equals it is in the prefix range).
std::optional<std::int64_t> covering_destination(Database& db, const std::string& prefix) {
  Statement s = db.prepare("SELECT id FROM destinations WHERE prefix = ?");
  for (std::size_t n = prefix.size(); n > 0; --n) {
    s.reset();
    s.bind(1, std::string_view(prefix).substr(0, n));
    if (s.step()) {
      if (n == prefix.size()) return std::nullopt;
      return s.int64(0);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<TariffHead> find_tariff(Database& db, std::string_view name) {
  Statement s = db.prepare("SELECT id, name, purpose, currency FROM tariffs WHERE name = ?");
  s.bind(1, name);
  if (!s.step()) return std::nullopt;
  return TariffHead{s.int64(0), s.str(1), s.str(2), s.str(3)};
}

std::optional<std::string> destination_name_of(Database& db, std::string_view prefix) {
  Statement s = db.prepare("SELECT name FROM destinations WHERE prefix = ?");
  s.bind(1, prefix);
  if (!s.step()) return std::nullopt;
  return s.str(0);
}

std::optional<std::string> destination_group_name(Database& db, std::int64_t id) {
  Statement s = db.prepare("SELECT name FROM destinationgroups WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return s.str(0);
}

TariffRateCursor TariffRateCursor::open(Database& db, std::int64_t tariff_id, const TariffRateFilter& filter) {
  std::vector<Statement> parts;
  auto add = [&](const std::string& text) -> Statement& {
    parts.push_back(db.prepare(text));
    // MariaDB: row by row, one part after the other (Statement::stream).
    parts.back().bind(1, tariff_id).bind(5, rate_moment(filter.at)).stream();
    return parts.back();
  };
  const std::string group_select = sql({kGroupRates, kDetailColumns, kGroupRatesFrom});
  const std::string group_order = sql({kGroupRatesOrder, kDetailOrder});
  const std::string dest_select = sql({kDestinationRates, kDetailColumns, kDestinationRatesFrom});
  const std::string dest_order = sql({kDestinationRatesOrder, kDetailOrder});
  const std::string both_select = sql({kDestinationRates, kDetailColumns, kBothRatesFrom});

  if (filter.prefix) {
    const std::string& p = *filter.prefix;
    const std::string upper = p + ':';
    const std::optional<std::int64_t> covering = covering_destination(db, p);
    add(sql({group_select, "AND r.destinationgroup_id IN (SELECT d.destinationgroup_id FROM destinations d WHERE ",
             kInRange, " AND ", kLacksOwnRate,
             " UNION ALL SELECT d.destinationgroup_id FROM destinations d WHERE d.id = ?4 AND ", kLacksOwnRate, ") ",
             group_order}))
        .bind(2, p)
        .bind(3, upper)
        .bind(4, covering);
    // The covering destination's prefix is shorter than P, so its rate
    // comes before those of the range in prefix order.
    add(sql({dest_select, "WHERE d.id = ?2 ", dest_order})).bind(2, covering);
    add(sql({dest_select, "WHERE ", kInRange, " ", dest_order})).bind(2, p).bind(3, upper);
    add(sql({both_select, "AND ((", kInRange, ") OR d.id = ?4) ORDER BY d.prefix, r.id, ", kDetailOrder}))
        .bind(2, p)
        .bind(3, upper)
        .bind(4, covering);
  } else if (filter.group_id) {
    add(sql({group_select, "AND r.destinationgroup_id = ?2 ", group_order})).bind(2, *filter.group_id);
    // destinations_group (destinationgroup_id, prefix) gives prefix order.
    add(sql({dest_select, "WHERE d.destinationgroup_id = ?2 ", dest_order})).bind(2, *filter.group_id);
    add(sql({both_select, "AND d.destinationgroup_id = ?2 ORDER BY d.prefix, r.id, ", kDetailOrder}))
        .bind(2, *filter.group_id);
  } else {
    add(sql({group_select, group_order}));
    add(sql({dest_select, dest_order}));
    add(sql({both_select, "ORDER BY d.prefix, r.id, ", kDetailOrder}));
  }
  return TariffRateCursor(std::move(parts));
}

bool TariffRateCursor::next() {
  while (current_ < parts_.size()) {
    Statement& s = parts_[current_];
    if (s.step()) {
      load_row(s);
      return true;
    }
    ++current_;
  }
  return false;
}

void TariffRateCursor::load_row(const Statement& s) {
  TariffRateRow& r = row_;
  r.rate_id = s.int64(0);
  r.min_time = s.int64(1);
  r.destination_id = s.opt_int64(2);
  r.group_rate = !r.destination_id;
  r.prefix = s.text(3);
  r.destination = s.text(4);
  r.group_id = s.opt_int64(5);
  r.group = s.text(6);
  r.group_type = s.text(7);
  r.detail_id = s.opt_int64(8);
  const bool detail = r.detail_id.has_value();
  r.from = detail ? s.int64(9) : 0;
  r.duration = detail ? s.int64(10) : 0;
  r.artype = s.text(11);
  r.round = detail ? s.int64(12) : 0;
  r.price = detail ? s.decimal(13) : Decimal();
  r.start_time = s.text(14);
  r.end_time = s.text(15);
  r.daytype = s.text(16);
}

}  // namespace kolmi::store
