#pragma once
// Dated rates (schema 10): a rates row is one version of a tariff's price
// for a destination or a group, in force over [effective_from,
// effective_till) (UTC text; NULL: since always / no end). The versions of
// one key never overlap (import/tariff_rates keeps them so), so at any
// moment at most one is in force. The listings (the rates page and export,
// admin tariff list and show) read the versions in force at a moment
// through this one condition.
#include <optional>
#include <string>
#include <string_view>

#include "core/time/clock.hpp"

namespace kolmi::store {

// SQL condition: rates row `alias` is in force at parameter ?`param` (a
// stored time, rate_moment()); a NULL parameter keeps the latest versions
// (those without an end).
std::string rate_in_force_sql(std::string_view alias, int param);

// The parameter rate_in_force_sql compares with.
std::optional<std::string> rate_moment(std::optional<Seconds> at);

}  // namespace kolmi::store
