#pragma once
// What the account pages (details, devices, payments, invoices,
// subscriptions, CLIs, phonebook, faxes) share: the page head and how
// yes/no, percentages and stored times look.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/pages/i18n.hpp"
#include "core/pages/page_context.hpp"

namespace kolmi::pages {

// "Yes" or "No" in `lang`.
std::string_view yes_no(Lang lang, bool value);

// A percentage with one decimal, as the examples show VAT: 18 → "18.0".
std::string percent_text(Decimal percent);

// A stored time as the user sees it: a UTC datetime on the user's wall
// clock; a bare date ('YYYY-MM-DD') as it is, since a calendar day has no
// zone; "" for NULL, empty or malformed values.
std::string shown_time(const PageContext& pc, std::string_view stored);
std::string shown_time(const PageContext& pc, const std::optional<std::string>& stored);
inline std::string shown_time(const PageContext& pc, const std::string& stored) {
  return shown_time(pc, std::string_view(stored));
}

}  // namespace kolmi::pages
