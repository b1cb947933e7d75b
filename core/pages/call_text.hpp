#pragma once
// How one call of a list looks as text: local start time, talk time,
// outcome and price. Made for lists of a million rows (pages and the call
// list exports): each piece is written into a buffer the formatter owns and
// returned as a view valid until the same piece is asked for again, so a
// row allocates nothing and exchange rates are looked up once.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/decimal.hpp"
#include "core/pages/i18n.hpp"
#include "core/store/call_list.hpp"
#include "core/store/currencies.hpp"
#include "core/time/local_time_formatter.hpp"

namespace kolmi::pages {

// Converts amounts in the default currency into one currency, exactly as
// store::Currencies::convert does, with the rates looked up once.
class PriceConverter {
 public:
  // Amounts stay in the default currency.
  PriceConverter() = default;
  // Throws Error(storage) as Currencies::convert does for a currency
  // without a usable exchange rate.
  PriceConverter(const store::Currencies& currencies, std::string_view to);
  Decimal operator()(Decimal amount_in_default) const {
    return identity_ ? amount_in_default : amount_in_default.mul_div(to_rate_, from_rate_);
  }

 private:
  bool identity_ = true;
  Decimal to_rate_;
  Decimal from_rate_;
};

// Decimal::to_string(digits) without allocating: rounded half away from
// zero to `digits` decimals, trailing zeros trimmed ("0.049", "10", "0").
std::string_view money_text(Decimal amount, int digits, std::array<char, 32>& out);
// "HH:MM:SS" as format_duration writes it; hours grow past 99.
std::string_view duration_text(std::int64_t seconds, std::array<char, 32>& out);
// Answered, No Answer, Busy or Failed (store::outcome_of), in `lang`.
std::string_view hangup_cause_text(std::string_view disposition, Lang lang);

class CallText {
 public:
  // `zone` must outlive this object.
  CallText(const TimeZone& zone, PriceConverter price, int digits)
      : time_(zone), price_(price), digits_(digits) {}

  // The call's start on the user's wall clock; "" for a malformed stored time.
  std::string_view date(const store::CallRow& row) {
    return row.calldate ? time_.format(*row.calldate, date_) : std::string_view{};
  }
  // Talk time (billsec), or with `ringing` the whole call (duration).
  std::string_view duration(const store::CallRow& row, bool ringing = false) {
    return duration_text(ringing ? row.duration : row.billsec, duration_);
  }
  // The exact price in the chosen currency; none for a call that was not rated.
  std::optional<Decimal> exact_price(const store::CallRow& row) const {
    return row.price ? std::optional<Decimal>(price_(*row.price)) : std::nullopt;
  }
  // The price in the chosen currency; "" for a call that was not rated.
  std::string_view price(const store::CallRow& row) {
    return row.price ? money_text(price_(*row.price), digits_, price_text_) : std::string_view{};
  }

 private:
  LocalTimeFormatter time_;
  PriceConverter price_;
  int digits_;
  LocalTimeFormatter::Buffer date_{};
  std::array<char, 32> duration_{};
  std::array<char, 32> price_text_{};
};

}  // namespace kolmi::pages
