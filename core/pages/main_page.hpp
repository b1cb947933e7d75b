#pragma once
// The main page (examples/main.xml): missed calls, this month's and today's
// calls in the user's time zone, and the account's finances.
#include <cstdint>
#include <optional>
#include <string>

#include "core/decimal.hpp"
#include "core/output/tree_writer.hpp"
#include "core/pages/i18n.hpp"
#include "core/pages/page_context.hpp"

namespace kolmi::pages {

struct Finances {
  bool postpaid = true;
  std::string balance;  // "100 USD", in the user's currency
  std::string credit;   // "50 USD", or empty for no limit
  std::string currency;                  // the user's
  Decimal balance_amount;                // exact, in `currency`
  std::optional<Decimal> credit_amount;  // exact, in `currency`; none for no limit
};

struct MainPage {
  std::int64_t user_id = 0;
  std::string full_name;
  std::int64_t missed_today = 0;
  std::int64_t missed_total = 0;  // not yet processed
  std::int64_t month_calls = 0;
  std::int64_t month_seconds = 0;
  std::int64_t day_calls = 0;
  std::int64_t day_seconds = 0;
  Finances finances;
};

// Balance and credit of `user` shown in the user's currency with
// Nice_Number_Digits decimals. Shared by the main and details pages.
Finances load_finances(const PageContext& pc);
// <account>, <balance> and <credit> ("No Limit" when there is none).
void write_finances(output::TreeWriter& w, const Finances& finances, Lang lang);

// Reads what the main page shows for pc.user at pc.clock.now(). Throws Error.
MainPage load_main_page(const PageContext& pc);
void write_main_page(output::TreeWriter& w, const PageContext& pc, const MainPage& page);

}  // namespace kolmi::pages
