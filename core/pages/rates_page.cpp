#include "core/pages/rates_page.hpp"

#include "core/pages/format.hpp"
#include "core/pages/page_head.hpp"

namespace kolmi::pages {

namespace {
constexpr std::string_view kRateColumns[] = {"destinationgroup_id", "ratename", "rateicon",
                                             "ratetype",      "ratecost",
                                             "ratecost_currency", "rate_vat_cost",
                                             "rate_vat_cost_currency"};
}  // namespace

RatesPage load_rates_page(const PageContext& pc, std::optional<std::string_view> requested_currency) {
  std::string currency = pc.display_currency(requested_currency);
  std::vector<std::string> aval;
  for (const store::Currency* c : pc.currencies.active()) aval.push_back(c->code);
  PersonalRates rates(pc.db, pc.user, pc.currencies, currency, pc.digits, pc.clock.now());
  // Decimal::to_string() with all nine decimals trims trailing zeros only,
  // so a VAT of 20.5 % stays "20.5" whatever Nice_Number_Digits says.
  return RatesPage{.user_id = pc.user.id,
                   .currency = std::move(currency),
                   .vat_percent = pc.user.vat_percent.to_string(),
                   .aval_currencies = std::move(aval),
                   .digits = pc.digits,
                   .rates = std::move(rates)};
}

void write_rates_page(output::TreeWriter& w, const PageContext& pc, RatesPage& page) {
  write_page_head(w, {.pagename = "Rates", .lang = pc.lang, .user_id = page.user_id});
  w.text("currency", page.currency);
  w.number("vat_percent", page.vat_percent);
  w.open_list("aval_currencies", "currency");
  for (const std::string& code : page.aval_currencies) w.text("currency", code);
  w.close();
  w.open_list("rates", "rate", kRateColumns);
  PersonalRate rate;
  while (page.rates.next(rate)) {
    w.open_item();
    // The id `kolmi destinations GROUP_ID` takes (spec README decision 13).
    w.integer("destinationgroup_id", rate.group_id);
    w.text("ratename", rate.name);
    w.text("rateicon", rate.flag);
    w.text("ratetype", rate.type);
    w.money("ratecost", rate.rate, format_money(rate.rate, page.digits), page.currency);
    w.money("rate_vat_cost", rate.rate_with_vat, format_money(rate.rate_with_vat, page.digits), page.currency);
    w.close();
  }
  w.close();
  w.finish();
}

}  // namespace kolmi::pages
