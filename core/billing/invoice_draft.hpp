#pragma once
// What a user's invoice of one month holds, read from the database and not
// yet written: the lines (the month's rated calls by destination group,
// then each subscription charged), the total, the VAT and the total with
// VAT. Exact decimals throughout: a calls line is the exact sum of its
// calls' stored prices (so the lines add up to the calls page's exact sum
// for the month); a subscription line is rounded once, to nano-units
// (billing/subscription_charge.hpp); VAT = total × the user's VAT percent
// ÷ 100, rounded once, to nano-units. Pages and exports round for display
// only (Nice_Number_Digits).
//
// The month is the user's local month (users.time_zone): it starts at local
// midnight of its first day and ends just before local midnight of the
// next month's first day; the invoice's period_start and period_end are
// those instants in UTC (period_end one second before the next month).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/billing/subscription_charge.hpp"
#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/store/invoices.hpp"
#include "core/store/users.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::billing {

struct YearMonth {
  int year = 0;
  unsigned month = 0;  // 1 to 12
};
// 'YYYY-MM' (year 1970 to 9998; month 01 to 12), else nullopt.
std::optional<YearMonth> parse_year_month(std::string_view text);

// A month on one user's wall clock.
struct InvoicePeriod {
  YearMonth month{};
  std::string start{};  // UTC text: local midnight of the first day
  std::string end{};  // UTC text: one second before the next month starts
  std::string till{}; // UTC text: the next month's start (calls before it)
  Seconds till_instant{};
  LocalDays days{};
};
InvoicePeriod invoice_period(YearMonth month, const TimeZone& zone);

struct InvoiceDraft {
  InvoicePeriod period{};
  std::vector<store::InvoiceLineRow> lines{};
  std::int64_t calls = 0;          // billed calls on the lines
  std::int64_t unrated_calls = 0;  // left out: no price
  Decimal price{};  // sum of the lines, without VAT
  Decimal vat{};
  Decimal price_with_vat{};
};

// Reads what the invoice of `user`'s `month` holds. Throws Error(usage)
// for an unknown time zone of the user, Error(storage) when the database
// fails, std::overflow_error beyond the range of money.
InvoiceDraft draft_invoice(store::Database& db, const store::User& user, YearMonth month);

// The name of a calls line of calls in no destination group.
inline constexpr std::string_view kNoGroupLine = "Other destinations";

}  // namespace kolmi::billing
