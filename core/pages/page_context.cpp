#include "core/pages/page_context.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/format.hpp"
#include "core/store/conflines.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::pages {

PageContext make_page_context(store::Database& db, const store::User& user, const Clock& clock, Lang lang) {
  const int digits = static_cast<int>(store::confline_int(db, store::conf::kNiceNumberDigits));  // 0 to 9
  return PageContext{db, user, clock, lang, TimeZone(user.time_zone), digits, store::Currencies::load(db)};
}

Decimal PageContext::converted(Decimal amount_in_default, std::string_view currency) const {
  return currencies.convert(amount_in_default, currencies.default_code(), currency);
}

std::string PageContext::money(Decimal amount_in_default, std::string_view currency) const {
  return format_money(converted(amount_in_default, currency), digits);
}

std::string PageContext::money_with_code(Decimal amount_in_default, std::string_view currency) const {
  return fmt::format("{} {}", money(amount_in_default, currency), currency);
}

std::string PageContext::local_time(std::string_view utc_text) const {
  auto t = parse_utc(utc_text);
  return t ? zone.format_local(*t) : std::string();
}

std::string PageContext::display_currency(std::optional<std::string_view> requested) const {
  if (!requested) return user.currency;
  if (requested->empty()) {
    throw usage_error("--currency: an empty value is not a currency (give a code such as EUR, or leave "
                      "--currency out for your own)");
  }
  const store::Currency* c = currencies.find(*requested);
  if (!c || !c->active) {
    throw usage_error(fmt::format("--currency: '{}' is not an active currency", text::shown(*requested)));
  }
  return c->code;
}

}  // namespace kolmi::pages
