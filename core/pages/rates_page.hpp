#pragma once
// The rates page (examples/rates.xml, spec "Rates a" and "Change currency"):
// the user's VAT, the currencies to choose from, and the price per minute of
// every destination group of the user's tariff, without and with VAT, in the
// chosen currency. The rows are the personal rates (personal_rates.hpp).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/pages/page_context.hpp"
#include "core/pages/personal_rates.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

struct RatesPage {
  std::int64_t user_id = 0;
  std::string currency;                      // the currency shown
  std::string vat_percent;                   // the user's VAT, trimmed: "18", "20.5"
  std::vector<std::string> aval_currencies;  // active currencies in id order
  int digits = 4;                            // Nice_Number_Digits
  PersonalRates rates;                       // read while the page is written
};

// Everything that can fail before output: `requested_currency` ("" for the
// user's) must be an active currency, else Error(usage) naming it; a tariff
// or currency without an exchange rate is Error(storage).
RatesPage load_rates_page(const PageContext& pc, std::optional<std::string_view> requested_currency);

// Writes the page, one <rate> per personal rate as it is read, its
// <destinationgroup_id> first (spec README decision 13). The
// pagename is "Rates" (spec README decision 3; the example says "Payments").
// Throws Error(storage) for a malformed rate detail met while reading.
void write_rates_page(output::TreeWriter& w, const PageContext& pc, RatesPage& page);

}  // namespace kolmi::pages
