#include "core/demo/demo_reference.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/decimal.hpp"
#include "core/demo/demo_countries.hpp"
#include "core/store/demo_rows.hpp"
#include "core/store/destination_rows.hpp"
#include "core/store/providers.hpp"
#include "core/store/tariff_writes.hpp"

namespace kolmi::demo {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Decimal price_of(int ten_thousandths) { return Decimal::from_nanos(std::int64_t{ten_thousandths} * 100'000); }

// Inserts one rate of `tariff` for `group` with its minute detail and, when
// `fee` is set, a connection fee; prices are in the tariff's currency.
struct RateWriter {
  store::DemoReferenceRows& rows;

  void write(std::int64_t tariff, std::int64_t group, Decimal per_minute, int round, bool fee,
             Decimal fee_price) {
    const std::int64_t rate_id = rows.add_group_rate(tariff, group);
    if (fee) rows.add_detail(rate_id, 1, 0, "event", 1, fee_price);
    rows.add_detail(rate_id, 1, -1, "minute", round, per_minute);
  }
};

}  // namespace

std::size_t Reference::country_index(std::string_view alpha3) const {
  for (std::size_t i = 0; i < countries.size(); ++i) {
    if (countries[i].code == alpha3) return i;
  }
  throw std::logic_error("demo: unknown country " + std::string(alpha3));
}

std::int64_t Reference::currency_id(std::string_view code) const {
  if (code == "USD") return usd;
  if (code == "EUR") return eur;
  if (code == "GBP") return gbp;
  if (code == "RUB") return rub;
  throw std::logic_error("demo: unknown currency " + std::string(code));
}

Reference insert_reference(store::Database& db) {
  Reference ref;

  store::DemoReferenceRows rows(db);
  for (const CurrencyDef& c : currency_table()) {
    const std::int64_t id = rows.add_currency(c.code, c.full_name, *Decimal::parse(c.rate), c.active ? 1 : 0);
    if (c.code == "USD") ref.usd = id;
    if (c.code == "EUR") ref.eur = id;
    if (c.code == "GBP") ref.gbp = id;
    if (c.code == "RUB") ref.rub = id;
  }
  const Decimal eur_rate = *Decimal::parse("0.92");

  ref.tariff_usd = store::insert_user_tariff(db, "Retail USD", "USD");
  ref.tariff_eur = store::insert_user_tariff(db, "Retail EUR", "EUR");
  ref.carrier_tariff = store::insert_tariff(db, "Carrier One buy", "provider", "USD");
  ref.wholesale_tariff = store::insert_tariff(db, "Wholesale Europe buy", "provider", "EUR");
  ref.carrier_provider = store::insert_provider(db, {"Carrier One", "SIP", "USD", ref.carrier_tariff});
  store::add_provider_peer(db, ref.carrier_provider, "carrier");
  ref.wholesale_provider = store::insert_provider(db, {"Wholesale Europe", "SIP", "EUR", ref.wholesale_tariff});
  store::add_provider_peer(db, ref.wholesale_provider, "wholesale");

  store::DestinationWriter book(db);
  RateWriter rates{rows};
  // A connection fee of 0.01 in the tariff's own currency.
  const Decimal connection_fee = *Decimal::parse("0.01");

  std::vector<std::pair<std::int64_t, std::int64_t>> groups;  // FIX and MOB group of each country
  for (const CountryDef& def : country_table()) {
    Country country;
    country.code = def.code;
    country.name = def.name;
    country.direction_id = book.add_direction(def.name, def.code);

    const std::string flag = lower(def.code) + ".png";
    const std::int64_t fix_group = book.add_group(def.name, "FIX", flag);
    const std::int64_t mob_group = book.add_group(def.name, "MOB", flag);

    for (const DestDef& d : destination_table()) {
      if (d.code != def.code) continue;
      book.add_destination(d.prefix, d.code, d.mobile ? "MOB" : "FIX", d.name,
                           d.mobile ? mob_group : fix_group);
      (d.mobile ? country.mobile : country.fixed).push_back(DialPlan{std::string(d.prefix), d.length});
    }

    // The EUR tariff is the USD one converted and rounded to 4 decimals, as
    // an operator would publish it.
    const Decimal fix = price_of(def.fix_price);
    const Decimal mob = price_of(def.mob_price);
    rates.write(ref.tariff_usd, fix_group, fix, def.fix_round, false, connection_fee);
    rates.write(ref.tariff_usd, mob_group, mob, def.mob_round, def.mob_fee, connection_fee);
    rates.write(ref.tariff_eur, fix_group, fix.mul(eur_rate).rounded(4), def.fix_round, false, connection_fee);
    rates.write(ref.tariff_eur, mob_group, mob.mul(eur_rate).rounded(4), def.mob_round, def.mob_fee,
                connection_fee);
    groups.push_back({fix_group, mob_group});
    ref.countries.push_back(std::move(country));
  }
  // The buy tariffs' rates come after the retail ones, so the retail
  // tariffs keep the rate ids they always had.
  const Decimal no_fee;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const CountryDef& def = country_table()[i];
    const auto [fix_group, mob_group] = groups[i];
    const Decimal fix = price_of(def.fix_price);
    const Decimal mob = price_of(def.mob_price);
    // Buy prices: Carrier One at 70% (fixed) and 75% (mobile) of retail, in
    // 6-second increments; Wholesale Europe at 60% and 65% (India's mobiles
    // 120%), converted to EUR, per second, with a 0.005 EUR connection fee on
    // mobiles, and nothing for Afghanistan.
    const auto percent = [](Decimal d, int p) { return d.mul_div(Decimal::from_units(p), Decimal::from_units(100)); };
    rates.write(ref.carrier_tariff, fix_group, percent(fix, 70).rounded(4), 6, false, no_fee);
    rates.write(ref.carrier_tariff, mob_group, percent(mob, 75).rounded(4), 6, false, no_fee);
    if (def.code == "AFG") continue;
    rates.write(ref.wholesale_tariff, fix_group, percent(fix.mul(eur_rate), 60).rounded(4), 1, false, no_fee);
    rates.write(ref.wholesale_tariff, mob_group, percent(mob.mul(eur_rate), def.code == "IND" ? 120 : 65).rounded(4),
                1, true, *Decimal::parse("0.005"));
  }
  return ref;
}

std::string_view dial_number(Rng& rng, const DialPlan& plan, char* buf) {
  char* p = std::copy(plan.prefix.begin(), plan.prefix.end(), buf);
  const auto prefix_len = static_cast<int>(plan.prefix.size());
  for (int i = prefix_len; i < plan.length; ++i) {
    // No subscriber or area number starts with 0 or 1 right after the code.
    const int digit = i == prefix_len ? rng.between(2, 9) : rng.between(0, 9);
    *p++ = static_cast<char>('0' + digit);
  }
  return {buf, static_cast<std::size_t>(p - buf)};
}

std::string_view dial_number(Rng& rng, const Country& country, int mobile_percent, char* buf) {
  const bool mobile = !country.mobile.empty() && (country.fixed.empty() || rng.percent(mobile_percent));
  return dial_number(rng, rng.pick(mobile ? country.mobile : country.fixed), buf);
}

}  // namespace kolmi::demo
