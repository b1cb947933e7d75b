#include "core/pages/personal_rates.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/rating/rate_plan.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::pages {

namespace {

// The group rates PersonalRates lists (rules in the header), shared by the
// list and the single-group lookup so both agree on what "your group" means.
// ?1 is the tariff. The MIN(id) subquery is a lookup in rates_tariff.
constexpr std::string_view kListedRates = R"SQL(
WITH listed AS (
  SELECT r.id AS rate_id, r.destinationgroup_id AS group_id
  FROM rates r
  WHERE r.tariff_id = ?1 AND r.destination_id IS NULL AND r.destinationgroup_id IS NOT NULL
    AND r.id = (SELECT MIN(r2.id) FROM rates r2
                WHERE r2.tariff_id = ?1 AND r2.destinationgroup_id = r.destinationgroup_id
                  AND r2.destination_id IS NULL)
    AND EXISTS (SELECT 1 FROM aratedetails d WHERE d.rate_id = r.id))
)SQL";

constexpr std::int64_t kHundredPercent = 100 * Decimal::kScale;

Int128 checked_mul(Int128 a, Int128 b) {
  Int128 r = 0;
  if (__builtin_mul_overflow(a, b, &r)) throw std::overflow_error("out of range");
  return r;
}

// numerator / denominator (a value in nano-units, denominator > 0) rounded
// once, half away from zero, to `digits` decimals. Throws std::overflow_error.
Decimal round_to_digits(Int128 numerator, Int128 denominator, int digits) {
  std::int64_t unit = 1;
  for (int i = digits; i < Decimal::kScaleDigits; ++i) unit *= 10;
  std::int64_t units = round_div(numerator, checked_mul(denominator, unit));
  std::int64_t nanos = 0;
  if (__builtin_mul_overflow(units, unit, &nanos)) throw std::overflow_error("out of range");
  return Decimal::from_nanos(nanos);
}

}  // namespace

PersonalRates::PersonalRates(store::Database& db, const store::User& user,
                             const store::Currencies& currencies, std::string_view currency, int digits)
    : db_(&db), vat_percent_(user.vat_percent), digits_(std::clamp(digits, 0, Decimal::kScaleDigits)) {
  if (!user.tariff_id) return;
  store::Statement tariff = db.prepare("SELECT currency, name FROM tariffs WHERE id = ?");
  tariff.bind(1, *user.tariff_id);
  if (!tariff.step()) return;  // users.tariff_id is a foreign key; a dangling one prices nothing

  // Exchange rates as store::Currencies::convert reads them: the default
  // currency is 1 even without a row of its own.
  auto exchange_rate = [&](std::string_view code) -> std::optional<Decimal> {
    const store::Currency* c = currencies.find(code);
    if (c && c->exchange_rate > Decimal()) return c->exchange_rate;
    if (!c && code == currencies.default_code()) return Decimal::from_units(1);
    return std::nullopt;
  };
  auto from = exchange_rate(tariff.text(0));
  if (!from) {
    throw storage_error(
        fmt::format("{}: tariff {} '{}' is priced in {}, which has no positive exchange rate in "
                    "currencies",
                    db.path(), *user.tariff_id, text::shown(tariff.text(1)), tariff.text(0)));
  }
  auto to = exchange_rate(currency);
  if (!to) {
    throw storage_error(
        fmt::format("{}: currency {} has no positive exchange rate in currencies", db.path(), currency));
  }
  rate_from_ = *from;
  rate_to_ = *to;
  tariff_id_ = *user.tariff_id;

  groups_.emplace(db.prepare(std::string(kListedRates) +
                             "SELECT g.id, g.name, g.flag, g.desttype, l.rate_id "
                             "FROM listed l JOIN destinationgroups g ON g.id = l.group_id "
                             "ORDER BY g.name, g.desttype, g.id"));
  groups_->bind(1, tariff_id_);
  details_.emplace(
      db.prepare("SELECT id, artype, price, start_time, end_time, daytype FROM aratedetails "
                 "WHERE rate_id = ? ORDER BY \"from\", id"));
}

bool PersonalRates::next(PersonalRate& row) {
  // SQLite starts a finished statement over on the next step; `groups_` is
  // dropped at the end so the cursor stays finished.
  if (!groups_) return false;
  if (!groups_->step()) {
    groups_.reset();
    details_.reset();
    return false;
  }
  row.group_id = groups_->int64(0);
  row.name = groups_->text(1);
  row.flag = groups_->text(2);
  row.type = groups_->text(3);

  // The headline minute detail (rules in the header). Every detail is read
  // and checked like the rating engine does, so a malformed row is reported
  // here too instead of silently changing which price is shown.
  std::optional<Decimal> all_day;
  std::optional<Decimal> first_minute;
  details_->reset();
  details_->bind(1, groups_->int64(4));
  while (details_->step()) {
    auto bad = [&](std::string_view column, std::string_view value) {
      return storage_error(fmt::format("{}: aratedetails row {}: {} '{}' is not valid", db_->path(),
                                       details_->int64(0), column, text::shown(value)));
    };
    std::string_view artype = details_->text(1);
    auto start = rating::parse_time_of_day(details_->text(3));
    if (!start) throw bad("start_time", details_->text(3));
    auto end = rating::parse_time_of_day(details_->text(4));
    if (!end) throw bad("end_time", details_->text(4));
    auto day = rating::parse_day_type(details_->text(5));
    if (!day) throw bad("daytype", details_->text(5));
    if (artype == "event") continue;
    if (artype != "minute") throw bad("artype", artype);
    rating::Interval window;
    window.start_second = *start;
    window.end_second = *end;
    window.day = *day;
    Decimal price = details_->decimal(2);
    if (window.any_time() && !all_day) all_day = price;
    if (!first_minute) first_minute = price;
  }
  Decimal price = all_day ? *all_day : first_minute.value_or(Decimal());

  try {
    Int128 converted = checked_mul(price.nanos(), rate_to_.nanos());
    row.rate = round_to_digits(converted, rate_from_.nanos(), digits_);
    row.rate_with_vat =
        round_to_digits(checked_mul(converted, Int128{kHundredPercent} + vat_percent_.nanos()),
                        checked_mul(rate_from_.nanos(), kHundredPercent), digits_);
  } catch (const std::overflow_error&) {
    throw storage_error(
        fmt::format("{}: the rate of tariff {} for destination group {} ({}) is out of range "
                    "when converted",
                    db_->path(), tariff_id_, row.group_id, price.to_string()));
  }
  return true;
}

std::optional<PersonalGroup> find_personal_group(store::Database& db, const store::User& user,
                                                 std::int64_t group_id) {
  if (!user.tariff_id) return std::nullopt;
  store::Statement s = db.prepare(std::string(kListedRates) +
                                  "SELECT g.name, g.flag FROM listed l "
                                  "JOIN destinationgroups g ON g.id = l.group_id WHERE l.group_id = ?2");
  s.bind(1, *user.tariff_id).bind(2, group_id);
  if (!s.step()) return std::nullopt;
  return PersonalGroup{s.str(0), s.str(1)};
}

}  // namespace kolmi::pages
