#include <catch2/catch.hpp>

#include <string>

#include "core/error.hpp"
#include "exporters/stats_export.hpp"
#include "tests/core/pages/call_fixture.hpp"

using kolmi::Error;
using kolmi::ExitCode;
using kolmi::exporters::StatsExport;
using kolmi::exporters::StatsFormat;
using kolmi::test::CallFixture;

namespace {

std::string exported(CallFixture& f, const kolmi::pages::StatsRequest& request, StatsFormat format,
                     kolmi::exporters::CsvOptions csv = {}) {
  return kolmi::test::as_user(f.db, f.clock, 1, [&](kolmi::pages::PageContext& pc) {
    const StatsExport job(pc, request);
    std::string out;
    job.write([&](std::string_view b) { out += b; }, {.format = format, .csv = csv});
    return out;
  });
}

}  // namespace

TEST_CASE("stats export CSV: the stats page's by-date numbers, oldest first", "[stats_export]") {
  CallFixture f;  // Europe/Sofia; now 2026-11-28 11:30 local; the stats page test's calls
  f.outgoing("2026-11-28 08:00:00", "ANSWERED", 90);
  f.incoming("2026-11-28 08:10:00", "NO ANSWER", 0);
  f.outgoing("2026-11-27 10:00:00", "ANSWERED", 30);
  f.incoming("2026-11-27 11:00:00", "ANSWERED", 60);
  f.outgoing("2026-11-27 12:00:00", "BUSY", 0);
  f.add({.calldate = "2026-11-26 10:00:00", .user_id = 1, .src_device = 10, .dst_device = 11, .billsec = 45});
  f.outgoing("2026-10-31 22:00:00", "FAILED", 0);  // 00:00:00 on 1 November
  f.add({.calldate = "2026-11-28 08:20:00", .user_id = 2, .src_device = 20, .billsec = 50});  // user 2's
  const std::string csv = exported(f, {.from = "2026-11-01", .till = "2026-11-30"}, StatsFormat::csv);
  CHECK(csv.starts_with(
      "date;calls_count;answered;duration;billsec;avg_time;calls_normative\r\n"
      "2026-11-01;1;0;0.0;0;0.0;0\r\n2026-11-02;0;0;0.0;0;0.0;0\r\n"));
  CHECK(csv.ends_with(
      "2026-11-26;1;1;0.8;45;0.8;100\r\n2026-11-27;3;2;1.5;90;0.8;67\r\n2026-11-28;2;1;1.5;90;1.5;50\r\n"));
  std::size_t rows = 0;
  for (char c : csv) rows += c == '\n';
  CHECK(rows == 1 + 28);  // up to today, as the page

  const std::string comma = exported(f, {.period = "2026-11-27"}, StatsFormat::csv, {.separator = ',', .decimal = ','});
  CHECK(comma == "date,calls_count,answered,duration,billsec,avg_time,calls_normative\r\n"
                 "2026-11-27,3,2,\"1,5\",90,\"0,8\",67\r\n");
}

TEST_CASE("stats export: SVG and file names, and the period is checked first", "[stats_export]") {
  CallFixture f;
  f.outgoing("2026-11-27 10:00:00", "ANSWERED", 30);
  const std::string svg = exported(f, {.period = "this-week"}, StatsFormat::svg);
  CHECK(svg.starts_with("<?xml"));
  CHECK(svg.find("class=\"bar calls\" data-date=\"2026-11-27\" data-value=\"1\"") != std::string::npos);
  CHECK(svg.find("Andrey Mazunin") != std::string::npos);
  kolmi::test::as_user(f.db, f.clock, 1, [&](kolmi::pages::PageContext& pc) {
    const StatsExport job(pc, {.period = "2026-10"});
    CHECK(job.file_name(StatsFormat::pdf) == "Stats-andrey-2026-10-01-2026-10-31.pdf");
    CHECK(job.file_name(StatsFormat::svg) == "Stats-andrey-2026-10-01-2026-10-31.svg");
    CHECK_FALSE(job.chart().has_calls());
    try {
      StatsExport bad(pc, {.from = "2026-11-01 10:00:00"});
      FAIL("accepted a time of day");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::usage);
    }
    return 0;
  });
}
