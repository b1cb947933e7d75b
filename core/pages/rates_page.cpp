#include "core/pages/rates_page.hpp"

#include "core/pages/format.hpp"

namespace kolmi::pages {

RatesPage load_rates_page(const PageContext& pc, std::optional<std::string_view> requested_currency) {
  std::string currency = pc.display_currency(requested_currency);
  std::vector<std::string> aval;
  for (const store::Currency* c : pc.currencies.active()) aval.push_back(c->code);
  PersonalRates rates(pc.db, pc.user, pc.currencies, currency, pc.digits);
  // Decimal::to_string() with all nine decimals trims trailing zeros only,
  // so a VAT of 20.5 % stays "20.5" whatever Nice_Number_Digits says.
  return RatesPage{.user_id = pc.user.id,
                   .currency = std::move(currency),
                   .vat_percent = pc.user.vat_percent.to_string(),
                   .aval_currencies = std::move(aval),
                   .digits = pc.digits,
                   .rates = std::move(rates)};
}

void write_rates_page(xml::XmlWriter& w, RatesPage& page, Lang lang) {
  w.declaration();
  w.open("page");
  w.leaf("pagename", tr(lang, "Rates"));
  w.leaf("language", lang_code(lang));
  w.leaf("userid", page.user_id);
  w.leaf("currency", page.currency);
  w.leaf("vat_percent", page.vat_percent);
  w.open("aval_currencies");
  for (const std::string& code : page.aval_currencies) w.leaf("currency", code);
  w.close();
  w.open("rates");
  PersonalRate rate;
  while (page.rates.next(rate)) {
    w.open("rate");
    w.leaf("ratename", rate.name);
    w.leaf("rateicon", rate.flag);
    w.leaf("ratetype", rate.type);
    w.leaf("ratecost", format_money(rate.rate, page.digits));
    w.leaf("rate_vat_cost", format_money(rate.rate_with_vat, page.digits));
    w.close();
  }
  w.close();
  w.finish();
}

}  // namespace kolmi::pages
