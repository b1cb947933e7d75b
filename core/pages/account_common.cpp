#include "core/pages/account_common.hpp"

#include "core/time/datetime.hpp"

namespace kolmi::pages {

std::string_view yes_no(Lang lang, bool value) {
  return tr(lang, value ? "Yes" : "No");
}

std::string percent_text(Decimal percent) {
  return percent.to_fixed(1);
}

std::string shown_time(const PageContext& pc, std::string_view stored) {
  constexpr std::size_t kDateLength = 10;  // YYYY-MM-DD
  if (stored.size() == kDateLength) return parse_utc(stored) ? std::string(stored) : std::string();
  return pc.local_time(stored);
}

std::string shown_time(const PageContext& pc, const std::optional<std::string>& stored) {
  return stored ? shown_time(pc, std::string_view(*stored)) : std::string();
}

}  // namespace kolmi::pages
