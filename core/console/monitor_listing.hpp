#pragma once
// kolmi admin monitor list, add, remove and check as trees of the output
// contract. The list and the add/remove result show a rule as one row: id,
// kind, user, device, provider, by, threshold, unit, window, created_at.
// check writes its findings, one row each (monitor/monitor_check.hpp):
// rule, kind, subject, value, threshold, unit, from, till, calls, call_ids
// (joined with ",", so every format has one row per finding), note, action.
#include <string_view>
#include <vector>

#include "core/monitor/monitor_check.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/monitorings.hpp"

namespace kolmi::console {

// `currency`: the default currency, the unit of money thresholds.
void write_monitor_list(output::TreeWriter& w, const std::vector<store::MonitoringRow>& rules,
                        std::string_view currency);
// <ROOT><monitoring>...</monitoring>, with the message, for add and remove.
void write_monitor_result(output::TreeWriter& w, std::string_view root, const store::MonitoringRow& rule,
                          std::string_view currency, std::string_view message);
void write_monitor_findings(output::TreeWriter& w, const std::vector<monitor::Finding>& findings);

}  // namespace kolmi::console
