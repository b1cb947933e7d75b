#include "core/monitor/monitor_rules.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/decimal.hpp"
#include "core/error.hpp"
#include "core/monitor/monitor_rule.hpp"
#include "core/store/conflines.hpp"
#include "core/store/providers.hpp"
#include "core/store/users.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::monitor {

namespace {

// What each kind takes; anything else given is refused by name.
struct KindOptions {
  bool user = false, device = false, provider = false, by = false, above = false, below = false, period = false;
};

KindOptions options_of(RuleKind kind) {
  switch (kind) {
    case RuleKind::spend:
      return {.user = true, .above = true, .period = true};
    case RuleKind::calls:
    case RuleKind::minutes:
      return {.user = true, .device = true, .above = true, .period = true};
    case RuleKind::rate:
      return {.above = true};
    case RuleKind::margin:
      return {.provider = true, .by = true, .below = true};
    case RuleKind::unrated:
    case RuleKind::unassigned:
      return {};
  }
  return {};
}

void refuse_unless(bool allowed, bool given, std::string_view option, RuleKind kind) {
  if (given && !allowed) {
    throw usage_error(fmt::format("{}: a {} rule does not take {} (see kolmi admin monitor add --help)", option,
                                  kind_word(kind), option));
  }
}

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// A positive exact decimal.
Decimal threshold(std::string_view option, const std::string& text) {
  const auto d = Decimal::parse(text);
  if (!d) throw usage_error(fmt::format("{}: '{}' is not a number", option, text::shown(text)));
  if (d->nanos() <= 0) throw usage_error(fmt::format("{}: the threshold must be positive, not {}", option, text::shown(text)));
  return *d;
}

std::string currency_of(store::Database& db) { return store::confline_str(db, store::conf::kDefaultCurrency); }

}  // namespace

std::string describe(const store::MonitoringRow& rule, std::string_view currency) {
  const RuleKind kind = kind_of(rule);
  const std::string unit = unit_of(kind, currency);
  std::string bound;
  if (kind == RuleKind::margin) {
    bound = fmt::format(" below {}{}", rule.amount.to_string(), unit);
  } else if (kind != RuleKind::unrated && kind != RuleKind::unassigned) {
    bound = fmt::format(" above {} {}", rule.amount.to_string(), unit);
  }
  return fmt::format("{} of {}{}, {}", kind_word(kind), subject_text(rule), bound, window_text(rule));
}

RuleChange add_rule(store::Database& db, const RuleSpec& spec, const Clock& clock) {
  const auto kind = rule_kind(spec.kind);
  if (!kind) {
    throw usage_error(fmt::format("KIND: '{}' is not a rule kind ({})", text::shown(spec.kind),
                                  fmt::join(kRuleKinds, ", ")));
  }
  // The values that need no database first.
  const KindOptions takes = options_of(*kind);
  refuse_unless(takes.user, spec.user.has_value(), "--user", *kind);
  refuse_unless(takes.device, spec.device.has_value(), "--device", *kind);
  refuse_unless(takes.provider, spec.provider.has_value(), "--provider", *kind);
  refuse_unless(takes.by, spec.by.has_value(), "--by", *kind);
  refuse_unless(takes.above, spec.above.has_value(), "--above", *kind);
  refuse_unless(takes.below, spec.below.has_value(), "--below", *kind);
  refuse_unless(takes.period, spec.period.has_value(), "--period", *kind);
  if (spec.user && spec.device) throw usage_error("--user and --device: a rule watches one of them");
  if (takes.user && !takes.device && !spec.user) {
    throw usage_error(fmt::format("a {} rule needs --user", kind_word(*kind)));
  }
  if (takes.device && !spec.user && !spec.device) {
    throw usage_error(fmt::format("a {} rule needs --user or --device", kind_word(*kind)));
  }
  store::MonitoringRow row;
  row.mtype = std::string(kind_word(*kind));
  if (takes.above) {
    if (!spec.above) throw usage_error(fmt::format("a {} rule needs --above", kind_word(*kind)));
    row.amount = threshold("--above", *spec.above);
    if (*kind == RuleKind::calls && row.amount.nanos() % Decimal::kScale != 0) {
      throw usage_error(fmt::format("--above: a count of calls is a whole number, not {}", text::shown(*spec.above)));
    }
  }
  if (takes.below) {
    if (!spec.below) throw usage_error("a margin rule needs --below PERCENT");
    row.amount = threshold("--below", *spec.below);
    if (row.amount > Decimal::from_units(100)) {
      throw usage_error(fmt::format("--below: a margin is at most 100%, not {}", text::shown(*spec.below)));
    }
  }
  if (takes.by) {
    row.group_by = spec.by.value_or("destination");
    if (!one_of(kMarginGroups, row.group_by)) {
      throw usage_error(fmt::format("--by: '{}' is not destination or provider", text::shown(row.group_by)));
    }
  }
  if (spec.period && spec.last) throw usage_error("--period and --last: give one window");
  if (spec.period) {
    if (!one_of(kPeriodTypes, *spec.period)) {
      throw usage_error(fmt::format("--period: '{}' is not day, week or month", text::shown(*spec.period)));
    }
    row.period_type = *spec.period;
  } else if (spec.last) {
    if (*spec.last < 1 || *spec.last > kMaxLastMinutes) {
      throw usage_error(fmt::format("--last: {} is not a number of minutes from 1 to {}", *spec.last,
                                    kMaxLastMinutes));
    }
    row.period_in_past = *spec.last;
  } else {
    throw usage_error(fmt::format("a {} rule needs its window: {}", kind_word(*kind),
                                  takes.period ? "--period day|week|month or --last MINUTES" : "--last MINUTES"));
  }

  // Then the names, in the transaction that writes.
  store::Transaction tx(db);
  if (spec.user) {
    const auto user = store::find_user(db, *spec.user);
    if (!user) throw usage_error(fmt::format("--user: no user '{}'", text::shown(*spec.user)));
    row.user_id = user->id;
  }
  if (spec.device) {
    if (!store::find_monitored_device(db, *spec.device))
      throw usage_error(fmt::format("--device: no device {}", *spec.device));
    row.device_id = *spec.device;
  }
  if (spec.provider) {
    const auto provider = store::find_provider(db, *spec.provider);
    if (!provider) throw usage_error(fmt::format("--provider: no provider '{}'", text::shown(*spec.provider)));
    row.provider_id = provider->id;
  }
  row.created_at = format_utc(clock.now());
  const std::int64_t id = store::insert_monitoring(db, row);
  RuleChange out{*store::find_monitoring(db, id), {}};
  const std::string what = describe(out.rule, currency_of(db));
  tx.audit({.target_type = "monitoring", .target_id = id, .data = fmt::format("add {}", what)});
  tx.commit();
  out.message = fmt::format("monitor rule {} added: {}", id, what);
  return out;
}

RuleChange remove_rule(store::Database& db, std::int64_t id) {
  store::Transaction tx(db);
  const auto found = store::find_monitoring(db, id);
  if (!found) throw not_found_error(fmt::format("no monitor rule {}", id));
  const std::string what = describe(*found, currency_of(db));
  store::delete_monitoring(db, id);
  tx.audit({.target_type = "monitoring", .target_id = id, .data = fmt::format("remove {}", what)});
  tx.commit();
  return RuleChange{*found, fmt::format("monitor rule {} removed: {}", id, what)};
}

}  // namespace kolmi::monitor
