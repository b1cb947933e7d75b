#include "core/store/rate_versions.hpp"

#include <fmt/format.h>

#include "core/time/datetime.hpp"

namespace kolmi::store {

std::string rate_in_force_sql(std::string_view alias, int param) {
  // Both arms read only the row: the listings reach it by rates_tariff first.
  return fmt::format(
      "((?{1} IS NULL AND {0}.effective_till IS NULL) OR (?{1} IS NOT NULL AND ({0}.effective_from IS NULL OR "
      "{0}.effective_from <= ?{1}) AND ({0}.effective_till IS NULL OR {0}.effective_till > ?{1})))",
      alias, param);
}

std::optional<std::string> rate_moment(std::optional<Seconds> at) {
  if (!at) return std::nullopt;
  return format_utc(*at);
}

}  // namespace kolmi::store
