#include "core/pages/personal_rates.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/rating/rate_plan.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::pages {

namespace {

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
                             const store::Currencies& currencies, std::string_view currency, int digits,
                             std::optional<Seconds> at)
    : db_(&db), vat_percent_(user.vat_percent), digits_(std::clamp(digits, 0, Decimal::kScaleDigits)) {
  if (!user.tariff_id) return;
  const std::optional<store::TariffPricing> tariff = store::find_tariff_pricing(db, *user.tariff_id);
  if (!tariff) return;  // users.tariff_id is a foreign key; a dangling one prices nothing

  // Exchange rates as store::Currencies::convert reads them: the default
  // currency is 1 even without a row of its own.
  auto exchange_rate = [&](std::string_view code) -> std::optional<Decimal> {
    const store::Currency* c = currencies.find(code);
    if (c && c->exchange_rate > Decimal()) return c->exchange_rate;
    if (!c && code == currencies.default_code()) return Decimal::from_units(1);
    return std::nullopt;
  };
  auto from = exchange_rate(tariff->currency);
  if (!from) {
    throw storage_error(
        fmt::format("{}: tariff {} '{}' is priced in {}, which has no positive exchange rate in "
                    "currencies",
                    db.path(), *user.tariff_id, text::shown(tariff->name), tariff->currency));
  }
  auto to = exchange_rate(currency);
  if (!to) {
    throw storage_error(
        fmt::format("{}: currency {} has no positive exchange rate in currencies", db.path(), currency));
  }
  rate_from_ = *from;
  rate_to_ = *to;
  tariff_id_ = *user.tariff_id;

  groups_.emplace(store::ListedGroupCursor::open(db, tariff_id_, at));
  details_.emplace(store::RateDetailCursor::open(db));
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
  row.group_id = groups_->group_id();
  row.name = groups_->name();
  row.flag = groups_->flag();
  row.type = groups_->desttype();

  // The headline minute detail (rules in the header). Every detail is read
  // and checked like the rating engine does, so a malformed row is reported
  // here too instead of silently changing which price is shown.
  std::optional<Decimal> all_day;
  std::optional<Decimal> first_minute;
  details_->read(groups_->rate_id());
  while (details_->step()) {
    auto bad = [&](std::string_view column, std::string_view value) {
      return storage_error(fmt::format("{}: aratedetails row {}: {} '{}' is not valid", db_->path(),
                                       details_->id(), column, text::shown(value)));
    };
    std::string_view artype = details_->artype();
    auto start = rating::parse_time_of_day(details_->start_time());
    if (!start) throw bad("start_time", details_->start_time());
    auto end = rating::parse_time_of_day(details_->end_time());
    if (!end) throw bad("end_time", details_->end_time());
    auto day = rating::parse_day_type(details_->daytype());
    if (!day) throw bad("daytype", details_->daytype());
    if (artype == "event") continue;
    if (artype != "minute") throw bad("artype", artype);
    rating::Interval window;
    window.start_second = *start;
    window.end_second = *end;
    window.day = *day;
    Decimal price = details_->price();
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
                                                 std::int64_t group_id, std::optional<Seconds> at) {
  if (!user.tariff_id) return std::nullopt;
  auto group = store::find_listed_group(db, *user.tariff_id, group_id, at);
  if (!group) return std::nullopt;
  return PersonalGroup{std::move(group->name), std::move(group->flag)};
}

}  // namespace kolmi::pages
