#include "core/console/monitor_listing.hpp"

#include <fmt/format.h>

#include "core/monitor/monitor_rule.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

namespace {

constexpr std::string_view kRuleColumns[] = {"id",        "kind", "user",   "device",    "provider", "by",
                                             "threshold", "unit", "window", "created_at"};
constexpr std::string_view kResultColumns[] = {"id",        "kind", "user",   "device",     "provider", "by",
                                               "threshold", "unit", "window", "created_at", "message"};
constexpr std::string_view kFindingColumns[] = {"rule", "kind",  "subject", "value",    "threshold", "unit",
                                                "from", "till",  "calls",   "call_ids", "note",      "action"};

void write_rule(output::TreeWriter& w, const store::MonitoringRow& r, std::string_view currency) {
  const monitor::RuleKind kind = monitor::kind_of(r);
  const bool has_threshold = kind != monitor::RuleKind::unrated && kind != monitor::RuleKind::unassigned;
  w.integer("id", r.id);
  w.text("kind", r.mtype);
  w.text("user", r.user_login);
  w.text("device", r.device_id ? fmt::format("{} ({})", r.device_name, *r.device_id) : std::string());
  w.text("provider", r.provider_name);
  w.text("by", r.group_by);
  w.number("threshold", has_threshold ? r.amount.to_string() : std::string());
  w.text("unit", has_threshold ? monitor::unit_of(kind, currency) : std::string());
  w.text("window", monitor::window_text(r));
  w.text("created_at", r.created_at);
}

}  // namespace

void write_monitor_list(output::TreeWriter& w, const std::vector<store::MonitoringRow>& rules,
                        std::string_view currency) {
  w.begin("monitorings");
  w.open_repeated("monitoring", kRuleColumns);
  for (const store::MonitoringRow& r : rules) {
    w.open_item();
    write_rule(w, r, currency);
    w.close();
  }
  w.finish();
}

void write_monitor_result(output::TreeWriter& w, std::string_view root, const store::MonitoringRow& rule,
                          std::string_view currency, std::string_view message) {
  w.begin(root);
  w.open_record("monitoring", kResultColumns);
  write_rule(w, rule, currency);
  w.text("message", message);
  w.finish();
}

void write_monitor_findings(output::TreeWriter& w, const std::vector<monitor::Finding>& findings) {
  w.begin("monitor_check");
  w.open_list("findings", "finding", kFindingColumns);
  for (const monitor::Finding& f : findings) {
    w.open_item();
    w.integer("rule", f.rule_id);
    w.text("kind", f.kind);
    w.text("subject", f.subject);
    w.number("value", f.value.value_or(""));
    w.number("threshold", f.threshold.value_or(""));
    w.text("unit", f.unit);
    w.text("from", f.from);
    w.text("till", f.till);
    w.integer("calls", f.calls);
    w.text("call_ids", fmt::format("{}", fmt::join(f.call_ids, ",")));
    w.text("note", f.note);
    w.text("action", f.action);
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::console
