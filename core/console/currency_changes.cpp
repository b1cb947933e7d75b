#include "core/console/currency_changes.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/actions/value_checks.hpp"
#include "core/error.hpp"
#include "core/store/currency_admin.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::console {

namespace {

// How many users or tariffs a refusal names before "and N more".
constexpr int kNamesShown = 5;

void check_code(std::string_view code) {
  if (!valid_currency_code(code)) {
    throw usage_error(
        fmt::format("currency code '{}' is not three capital letters (like EUR)", text::shown(code)));
  }
}

Decimal checked_rate(std::string_view rate) {
  auto r = parse_exchange_rate(rate);
  if (!r) {
    throw usage_error(fmt::format(
        "--rate: '{}' is not an exchange rate: a number greater than 0 with at most 9 decimals, like 0.92",
        text::shown(rate)));
  }
  return *r;
}

store::CurrencyUse existing(store::Database& db, std::string_view code) {
  auto c = store::find_currency_use(db, code);
  if (!c) throw not_found_error(fmt::format("no currency '{}'", text::shown(code)));
  return *c;
}

std::string listed(const std::vector<std::string>& names, std::int64_t total) {
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += ", ";
    out += text::shown(n);
  }
  if (total > static_cast<std::int64_t>(names.size()))
    out += fmt::format(" and {} more", total - static_cast<std::int64_t>(names.size()));
  return out;
}

// "used by 2 users (ann, bob) and 1 tariff (Retail EUR)".
std::string uses(store::Database& db, const store::CurrencyUse& c) {
  std::vector<std::string> parts;
  if (c.users > 0) {
    parts.push_back(fmt::format("{} user{} ({})", c.users, c.users == 1 ? "" : "s",
                                listed(store::users_of_currency(db, c.code, kNamesShown), c.users)));
  }
  if (c.tariffs > 0) {
    parts.push_back(fmt::format("{} tariff{} ({})", c.tariffs, c.tariffs == 1 ? "" : "s",
                                listed(store::tariffs_in_currency(db, c.code, kNamesShown), c.tariffs)));
  }
  return parts.size() == 2 ? parts[0] + " and " + parts[1] : parts.front();
}

}  // namespace

std::optional<Decimal> parse_exchange_rate(std::string_view text) {
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view decimals =
      point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  auto digits = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (whole.empty() || !digits(whole) || !digits(decimals) || decimals.size() > Decimal::kScaleDigits) {
    return std::nullopt;
  }
  if (point != std::string_view::npos && decimals.empty()) return std::nullopt;  // "1."
  auto r = Decimal::parse(text);
  if (!r || !(*r > Decimal())) return std::nullopt;
  return r;
}

bool valid_currency_code(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

CurrencyChange add_currency(store::Database& db, std::string_view code, std::string_view name,
                            std::string_view rate_text) {
  check_code(code);
  if (actions::trim_spaces(name).empty()) throw usage_error("--name: the currency's name is empty");
  if (actions::check_text(name, kMaxCurrencyNameChars) != actions::TextProblem::none) {
    throw usage_error(fmt::format("--name: '{}' is not one line of at most {} characters", text::shown(name),
                                  kMaxCurrencyNameChars));
  }
  const Decimal rate = checked_rate(rate_text);
  store::Transaction tx(db);
  if (store::find_currency_use(db, code)) {
    throw action_error(
        fmt::format("currency {} already exists; kolmi admin currency set {} --rate R changes "
                    "its rate",
                    code, code));
  }
  const std::int64_t id = store::insert_currency(db, code, name, rate);
  tx.audit({.target_type = "currency",
            .target_id = id,
            .data = fmt::format("{} rate {}", code, rate.to_string())});
  tx.commit();
  return {std::string(code),
          fmt::format("Added currency {} ({}), {} per default currency.", code, name, rate.to_string())};
}

CurrencyChange set_currency_rate(store::Database& db, std::string_view code, std::string_view rate_text) {
  check_code(code);
  const Decimal rate = checked_rate(rate_text);
  store::Transaction tx(db);
  const store::CurrencyUse c = existing(db, code);
  if (c.is_default) {
    throw action_error(
        fmt::format("{} is the default currency: its rate is 1 by definition, and the other "
                    "currencies' rates are per one {}",
                    code, code));
  }
  store::update_currency_rate(db, c.id, rate);
  tx.audit({.target_type = "currency",
            .target_id = c.id,
            .data = fmt::format("{} rate {} -> {}", code, c.rate.to_string(), rate.to_string())});
  tx.commit();
  return {std::string(code), fmt::format("{} is now {} per default currency (was {}).", code,
                                         rate.to_string(), c.rate.to_string())};
}

CurrencyChange set_currency_active(store::Database& db, std::string_view code, bool active) {
  check_code(code);
  store::Transaction tx(db);
  const store::CurrencyUse c = existing(db, code);
  if (c.active == active) {
    return {std::string(code),
            fmt::format("{} is already {}; nothing changed.", code, active ? "enabled" : "disabled")};
  }
  if (!active && c.is_default) {
    throw action_error(fmt::format("{} is the default currency, which cannot be disabled", code));
  }
  if (!active && (c.users > 0 || c.tariffs > 0)) {
    throw action_error(
        fmt::format("{} is used by {}; move them to another currency first", code, uses(db, c)));
  }
  store::update_currency_active(db, c.id, active);
  tx.audit({.target_type = "currency",
            .target_id = c.id,
            .data = fmt::format("{} {}", code, active ? "enabled" : "disabled")});
  tx.commit();
  return {std::string(code), fmt::format("{} {}.", active ? "Enabled" : "Disabled", code)};
}

}  // namespace kolmi::console
