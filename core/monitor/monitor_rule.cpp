#include "core/monitor/monitor_rule.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "core/time/datetime.hpp"
#include "core/time/period_words.hpp"

namespace kolmi::monitor {

std::optional<RuleKind> rule_kind(std::string_view word) {
  for (std::size_t i = 0; i < kRuleKinds.size(); ++i) {
    if (kRuleKinds[i] == word) return static_cast<RuleKind>(i);
  }
  return std::nullopt;
}

std::string_view kind_word(RuleKind kind) { return kRuleKinds[static_cast<std::size_t>(kind)]; }

RuleKind kind_of(const store::MonitoringRow& rule) {
  if (auto k = rule_kind(rule.mtype)) return *k;
  throw std::logic_error(fmt::format("monitor rule {} has an unknown kind '{}'", rule.id, rule.mtype));
}

std::string unit_of(RuleKind kind, std::string_view currency) {
  switch (kind) {
    case RuleKind::spend:
      return std::string(currency);
    case RuleKind::rate:
      return fmt::format("{}/min", currency);
    case RuleKind::calls:
      return "calls";
    case RuleKind::minutes:
      return "minutes";
    case RuleKind::margin:
      return "%";
    case RuleKind::unrated:
    case RuleKind::unassigned:
      return "calls";
  }
  return "";
}

std::string window_text(const store::MonitoringRow& rule) {
  if (!rule.period_type.empty()) return rule.period_type;
  return fmt::format("last {} minutes", rule.period_in_past);
}

std::string subject_text(const store::MonitoringRow& rule) {
  if (rule.user_id) return fmt::format("user {}", rule.user_login);
  if (rule.device_id) return fmt::format("device {} ({})", rule.device_name, *rule.device_id);
  switch (kind_of(rule)) {
    case RuleKind::rate:
      return "destinations";
    case RuleKind::margin: {
      const std::string what = rule.group_by == "provider" ? "providers" : "destinations";
      if (rule.provider_id) return fmt::format("{} of provider {}", what, rule.provider_name);
      return what;
    }
    default:
      return "all calls";
  }
}

Seconds window_start(const store::MonitoringRow& rule, Seconds now) {
  if (rule.period_type.empty()) return now - std::chrono::minutes(rule.period_in_past);
  const TimeZone zone(is_known_time_zone(rule.user_zone) ? rule.user_zone : "UTC");
  if (rule.period_type == "day") return zone.start_of_day(now);
  if (rule.period_type == "month") return zone.start_of_month(now);
  const auto days = period_days("this-week", zone.local_day(now));
  return zone.start_of_local_day(days->first);
}

}  // namespace kolmi::monitor
