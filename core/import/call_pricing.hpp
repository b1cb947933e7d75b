#pragma once
// What a stored call costs, decided the same way by `kolmi admin import cdr`
// and `kolmi admin rerate`:
//  - a call from one of the system's devices (its user known) to no device
//    of the system: outgoing, priced with the tariff of that user by the
//    rating engine (core/rating/rater.hpp), with the caller device's grace
//    time; left unrated (NULL price) when the user has no tariff or the
//    engine finds no destination or rate;
//  - a call to one of the system's devices (internal, or incoming from
//    outside): free (rate 0, price 0, billed seconds = billsec);
//  - a call of no known device: no price at all.
// The buy side, for every call not to one of our devices: the provider is
// found from the destination channel's peer (provider_matcher.hpp) and the
// call priced by the provider's tariff with the same engine, in UTC
// (providers have no time zone) and without grace time (the carrier gives
// none); no provider, or no rate in its tariff, leaves it NULL. An
// outgoing call (its user known) without a buy price is "no provider".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/decimal.hpp"
#include "core/import/provider_matcher.hpp"
#include "core/rating/rater.hpp"
#include "core/store/database.hpp"
#include "core/store/rerate_calls.hpp"
#include "core/time/clock.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::import {

// The parties of a call as the import matched them.
struct CallParties {
  std::optional<std::int64_t> user_id;  // the caller device's user
  std::int64_t grace_time = 0;          // the caller device's grace time
  bool callee_known = false;            // the callee is one of the system's devices
};

// The price columns of both sides (store/rerate_calls.hpp), plus the notes
// the summaries count.
struct CallPrice : store::CallPriceColumns {
  bool unrated = false;      // outgoing, but no tariff, destination or rate
  bool no_provider = false;  // outgoing, but no provider or no buy rate
};

class CallPricer {
 public:
  // Loads the rating engine and every user's tariff and zone. Throws
  // Error(storage), also for a user with an unknown time zone.
  explicit CallPricer(store::Database& db);

  // Prices one call into `out` (every field set). Throws std::overflow_error
  // when the price does not fit (an absurd billsec).
  void price(const CallParties& parties, std::string_view dst, std::string_view dstchannel, std::int64_t billsec,
             Seconds start, CallPrice& out) const;

 private:
  struct UserRating {
    std::optional<std::int64_t> tariff_id;
    TimeZone zone;
  };
  void price_buy_side(const CallParties& parties, std::string_view dst, std::string_view dstchannel,
                      std::int64_t billsec, Seconds start, CallPrice& out) const;
  rating::Rater rater_;
  ProviderMatcher providers_;
  std::unordered_map<std::int64_t, UserRating> users_;
};

}  // namespace kolmi::import
