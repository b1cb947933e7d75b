#pragma once
// The largest values an import accepts, chosen so that whatever it accepts
// the rating engine, the pages, rerate and the exports can price and show
// without overflowing a Decimal (±9.2 × 10^9 units; core/decimal.hpp).
//
// The budget: the longest call kolmi accepts is kMaxCallSeconds (7 days).
// A deck's increment, minimal time and included seconds are at most as long,
// so the engine bills at most 2 × 7 days - 1 s = 20,160 minutes of one call.
// At kMaxDeckPrice per minute plus the same as a connection fee that is
// about 2.02 × 10^9 units: under kMaxCallPrice, a quarter of the Decimal
// range, which leaves room for VAT and rounding. A tariff priced in one
// currency may be shown in any other, so a rates import also checks every
// row's longest call converted into the currency with the largest exchange
// rate (price_bounds.hpp).
#include <cstddef>
#include <cstdint>

#include "core/decimal.hpp"

namespace kolmi::import {

// The longest duration or billsec of an imported call (7 days), and the
// longest increment, minimal time or included seconds of a deck row.
inline constexpr std::int64_t kMaxCallSeconds = 604'800;
// The largest price per minute or connection fee a deck may give.
inline constexpr Decimal kMaxDeckPrice = Decimal::from_units(100'000);
// The most one call may cost in any currency.
inline constexpr Decimal kMaxCallPrice = Decimal::from_nanos(INT64_MAX / 4);

// Text columns, in characters, as MOR's calls table follows Asterisk's cdr
// table: varchar(80) for clid, src, dst, dcontext, channel, dstchannel and
// lastapp, varchar(20) accountcode, varchar(255) userfield. lastdata and
// uniqueid take newer Asterisk's sizes (255, 150): a Dial() string with its
// options and a uniqueid with a system name outgrow 80 and 32.
inline constexpr std::size_t kMaxCdrTextChars = 80;
inline constexpr std::size_t kMaxAccountcodeChars = 20;
inline constexpr std::size_t kMaxLastdataChars = 255;
inline constexpr std::size_t kMaxUniqueidChars = 150;
inline constexpr std::size_t kMaxUserfieldChars = 255;
// A deck's destination and group names (MOR's destinations.name and
// destinationgroups.name, varchar(255)).
inline constexpr std::size_t kMaxDeckNameChars = 255;

}  // namespace kolmi::import
