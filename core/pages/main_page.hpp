#pragma once
// The main page (examples/main.xml): missed calls, this month's and today's
// calls in the user's time zone, and the account's finances.
#include <cstdint>
#include <string>

#include "core/pages/i18n.hpp"
#include "core/store/database.hpp"
#include "core/store/users.hpp"
#include "core/time/clock.hpp"
#include "core/xml/xml_writer.hpp"

namespace kolmi::pages {

struct Finances {
  bool postpaid = true;
  std::string balance;  // "100 USD", in the user's currency
  std::string credit;   // "50 USD", or empty for no limit
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
Finances load_finances(store::Database& db, const store::User& user);

// Reads what the main page shows for `user` at clock.now(). Throws Error.
MainPage load_main_page(store::Database& db, const store::User& user, const Clock& clock);
void write_main_page(xml::XmlWriter& w, const MainPage& page, Lang lang);

}  // namespace kolmi::pages
