#include "core/monitor/monitor_check.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/monitor/monitor_rule.hpp"
#include "core/store/conflines.hpp"
#include "core/store/monitor_findings.hpp"
#include "core/store/monitorings.hpp"
#include "core/store/sessions.hpp"
#include "core/store/user_accounts.hpp"
#include "core/store/users.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::monitor {

std::optional<Decimal> margin_percent(Decimal revenue, Decimal cost) {
  if (revenue.is_zero()) return std::nullopt;
  return (revenue - cost).mul_div(Decimal::from_units(100), revenue);
}

bool margin_below(Decimal revenue, Decimal cost, Decimal percent) {
  if (revenue.is_zero()) return cost.nanos() > 0;
  // (r - c) / r * 100 < p in nano-units, multiplied out by r (whose sign
  // turns the comparison): (r - c) * 100 * 10^9 < p * r, in 128 bits (at
  // most 1.9e30), so nothing is rounded.
  const Int128 profit = (static_cast<Int128>(revenue.nanos()) - cost.nanos()) * 100 * Decimal::kScale;
  const Int128 bound = static_cast<Int128>(percent.nanos()) * revenue.nanos();
  return revenue.is_negative() ? profit > bound : profit < bound;
}

bool minutes_above(std::int64_t billsec, Decimal minutes) {
  return static_cast<Int128>(billsec) * Decimal::kScale > static_cast<Int128>(minutes.nanos()) * 60;
}

namespace {

struct Evaluation {
  store::Database& db;
  const store::MonitoringRow& rule;
  RuleKind kind;
  store::CallScope scope;
  std::string currency;
};

Finding finding_of(const Evaluation& e, const store::CallGroup& g) {
  Finding f;
  f.rule_id = e.rule.id;
  f.kind = std::string(kind_word(e.kind));
  f.subject = subject_text(e.rule);
  f.unit = unit_of(e.kind, e.currency);
  f.from = format_utc(e.scope.from);
  f.till = format_utc(e.scope.till - std::chrono::seconds(1));
  f.calls = g.calls;
  f.call_ids = store::call_group_ids(e.db, e.scope, g, kMaxCallIds);
  if (e.kind != RuleKind::unrated && e.kind != RuleKind::unassigned) f.threshold = e.rule.amount.to_string();
  return f;
}

std::string destination_subject(const store::CallGroup& g) {
  return g.name.empty() ? fmt::format("destination {}", g.prefix) : fmt::format("destination {} {}", g.prefix, g.name);
}

// The findings of one rule over its scope.
std::vector<Finding> evaluate(const Evaluation& e) {
  std::vector<Finding> out;
  for (const store::CallGroup& g : store::call_groups(e.db, e.scope)) {
    std::optional<std::string> value;
    bool tripped = false;
    std::string subject, note;
    switch (e.kind) {
      case RuleKind::spend:
        tripped = g.revenue > e.rule.amount;
        value = g.revenue.to_string();
        break;
      case RuleKind::calls:
        tripped = static_cast<Int128>(g.calls) * Decimal::kScale > e.rule.amount.nanos();
        value = std::to_string(g.calls);
        break;
      case RuleKind::minutes:
        tripped = minutes_above(g.billsec, e.rule.amount);
        value = Decimal::from_units(g.billsec).mul_div(1, 60).to_string(2);
        break;
      case RuleKind::rate:
        tripped = g.calls > 0;  // the scope holds only calls above the rate
        value = g.top_rate.to_string();
        subject = destination_subject(g);
        break;
      case RuleKind::margin:
        tripped = margin_below(g.revenue, g.cost, e.rule.amount);
        if (auto m = margin_percent(g.revenue, g.cost)) value = m->to_string(2);
        note = fmt::format("revenue {}, cost {}", g.revenue.to_string(), g.cost.to_string());
        subject = e.rule.group_by == "provider"
                      ? fmt::format("provider {}", g.name.empty() ? std::to_string(g.provider_id) : g.name)
                      : destination_subject(g);
        break;
      case RuleKind::unrated:
      case RuleKind::unassigned:
        tripped = g.calls > 0;
        value = std::to_string(g.calls);
        break;
    }
    if (!tripped) continue;
    Finding f = finding_of(e, g);
    f.value = value;
    f.note = note;
    if (!subject.empty()) f.subject = subject;
    if (e.kind == RuleKind::spend) f.block_user = e.rule.user_id;
    out.push_back(std::move(f));
  }
  return out;
}

store::CallScope scope_of(store::Database& db, const store::MonitoringRow& rule, RuleKind kind, Seconds from,
                          Seconds till) {
  store::CallScope s{.from = from, .till = till};
  switch (kind) {
    case RuleKind::spend:
    case RuleKind::calls:
    case RuleKind::minutes:
      if (rule.device_id) {
        s.set = store::CallSet::device;
        s.device_id = *rule.device_id;
        const auto device = store::find_monitored_device(db, *rule.device_id);
        s.user_id = device ? device->user_id : 0;
      } else {
        s.set = store::CallSet::user;
        s.user_id = rule.user_id.value_or(0);
      }
      break;
    case RuleKind::rate:
      s.set = store::CallSet::rate_above;
      s.rate = rule.amount;
      break;
    case RuleKind::margin:
      s.set = rule.group_by == "provider" ? store::CallSet::margin_provider : store::CallSet::margin_destination;
      s.provider_id = rule.provider_id;
      break;
    case RuleKind::unrated:
      s.set = store::CallSet::unrated;
      break;
    case RuleKind::unassigned:
      s.set = store::CallSet::unassigned;
      break;
  }
  return s;
}

std::vector<Finding> evaluate_all(store::Database& db, const CheckOptions& o, Seconds now) {
  const std::string currency = store::confline_str(db, store::conf::kDefaultCurrency);
  const Seconds till = now + std::chrono::seconds(1);  // calls that started up to now, included
  std::vector<Finding> out;
  for (const store::MonitoringRow& rule : store::list_monitorings(db)) {
    const RuleKind kind = kind_of(rule);
    Seconds from = window_start(rule, now);
    if (o.since && *o.since > from) from = *o.since;
    if (from >= till) continue;  // --since after now: nothing to look at
    const Evaluation e{db, rule, kind, scope_of(db, rule, kind, from, till), currency};
    for (Finding& f : evaluate(e)) out.push_back(std::move(f));
  }
  return out;
}

// --block: the spend findings' users, in one transaction already open.
std::vector<std::string> block_users(store::Database& db, std::vector<Finding>& findings, std::int64_t me) {
  std::vector<std::int64_t> done;
  std::vector<std::string> blocked;
  for (Finding& f : findings) {
    if (!f.block_user) continue;
    const std::int64_t id = *f.block_user;
    const auto user = store::find_user_by_id(db, id);
    if (!user) continue;
    if (id == me) {
      f.action = "not blocked: you";
    } else if (std::find(done.begin(), done.end(), id) != done.end()) {
      f.action = "blocked";
    } else if (user->blocked) {
      f.action = "already blocked";
    } else {
      store::set_user_blocked(db, id, true);
      store::delete_user_sessions(db, id);
      done.push_back(id);
      blocked.push_back(user->username);
      f.action = "blocked";
    }
  }
  return blocked;
}

}  // namespace

CheckResult check_rules(store::Database& db, const CheckOptions& o, const Clock& clock) {
  const Seconds now = clock.now();
  CheckResult r;
  if (!o.block) {
    store::ReadSnapshot snapshot(db);
    r.findings = evaluate_all(db, o, now);
    return r;
  }
  store::Transaction tx(db);
  r.findings = evaluate_all(db, o, now);
  r.blocked = block_users(db, r.findings, o.acting_user_id);
  if (r.blocked.empty()) return r;  // nothing written: the transaction rolls back, no audit row
  std::vector<std::int64_t> rules;
  std::optional<std::int64_t> only;
  for (const Finding& f : r.findings) {
    if (f.action == "blocked" && std::find(rules.begin(), rules.end(), f.rule_id) == rules.end())
      rules.push_back(f.rule_id);
  }
  if (r.blocked.size() == 1) {
    for (const Finding& f : r.findings)
      if (f.action == "blocked") only = f.block_user;
  }
  tx.audit({.target_type = "user",
            .target_id = only,
            .data = fmt::format("blocked {} (spend above monitor rule {})", fmt::join(r.blocked, ", "),
                                fmt::join(rules, ", "))});
  tx.commit();
  return r;
}

}  // namespace kolmi::monitor
