#include "core/console/report_listing.hpp"

#include <string>
#include <vector>

#include "core/console/report_figures.hpp"

namespace kolmi::console {

namespace {

void write_line(output::TreeWriter& w, const std::vector<std::string_view>& key_columns,
                const std::vector<std::string>& keys, const ReportFigures& f, bool xml) {
  w.open_item();
  for (std::size_t i = 0; i < key_columns.size(); ++i) w.text(key_columns[i], i < keys.size() ? keys[i] : "");
  w.integer("calls", f.calls);
  w.integer("answered", f.answered);
  w.number("asr_percent", f.asr_percent);
  w.number("acd_seconds", f.acd_seconds);
  w.integer("billsec", f.billsec);
  w.number("billed_minutes", f.billed_minutes);
  // Only the XML shows money as text; the other formats write the value.
  w.money("revenue", f.revenue, xml ? f.revenue.to_string() : std::string(), {});
  w.money("cost", f.cost, xml ? f.cost.to_string() : std::string(), {});
  w.money("profit", f.profit, xml ? f.profit.to_string() : std::string(), {});
  w.number("margin_percent", f.margin_percent);
  w.close();
}

}  // namespace

void write_report(output::TreeWriter& w, const Report& report) {
  const ReportFigures total = report_figures(report.total, report.money);
  const bool xml = !w.carries_extras();
  std::vector<std::string_view> columns = report.key_columns;
  columns.insert(columns.end(), std::begin(kReportFigureColumns), std::end(kReportFigureColumns));
  w.begin("report");
  w.text("currency", report.money.currency);
  w.text("time_zone", report.time_zone);
  w.text("period_from", report.period_from);
  w.text("period_till", report.period_till);
  w.open_list("lines", "line", columns);
  for (const ReportLine& line : report.lines) {
    write_line(w, report.key_columns, line.keys, report_figures(line.sums, report.money), xml);
  }
  std::vector<std::string> total_keys(report.key_columns.size());
  if (!total_keys.empty()) total_keys.front() = "Total";
  write_line(w, report.key_columns, total_keys, total, xml);
  w.finish();
}

}  // namespace kolmi::console
