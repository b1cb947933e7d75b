// --from/--till through the command line at the edge of the calendar:
// --till 9999-12-31 is the end of that day, and the period's calls are found.
#include <catch2/catch.hpp>

#include <string>

#include "core/store/call_totals.hpp"
#include "core/store/database.hpp"
#include "tests/support/run_kolmi.hpp"

using namespace kolmi;
using kolmi::test::run_kolmi;

namespace {
bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("a --till of 9999-12-31 is the end of that day, and calls are found", "[cli][period]") {
  test::InitDatabase db;
  {
    auto d = store::Database::open(db.path(), store::OpenMode::existing);
    d.exec(
        "INSERT INTO calls (calldate, user_id, disposition, billsec, duration, src, dst) "
        "VALUES ('2026-11-27 10:00:00', 1, 'ANSWERED', 60, 65, '101', '37060000001')");
    store::count_stored_call(d, d.last_insert_rowid());  // as kolmi's call writer does
  }
  auto calls = run_kolmi({"calls", "--from", "2026-01-01", "--till", "9999-12-31"}, db.env);
  CHECK(calls.code == 0);
  CHECK(contains(calls.out, "<period_end>9999-12-31 23:59:59</period_end>"));
  CHECK(contains(calls.out, "<total_calls>1</total_calls>"));
  CHECK(calls.err.empty());

  auto stats = run_kolmi({"stats", "--from", "2026-11-01", "--till", "9999-12-31"}, db.env);
  CHECK(stats.code == 0);
  CHECK(contains(stats.out, "<end_date>9999-12-31</end_date>"));

  auto missed = run_kolmi({"missed-calls", "--from", "9999-12-31", "--till", "9999-12-31 23:59:59"}, db.env);
  CHECK(missed.code == 0);
  CHECK(contains(missed.out, "<period_end>9999-12-31 23:59:59</period_end>"));

  auto backwards =
      run_kolmi({"calls", "--from", "9999-12-31 12:00:00", "--till", "9999-12-31 11:00:00"}, db.env);
  CHECK(backwards.code == 2);
  CHECK(contains(backwards.err, "--till (9999-12-31 11:00:00)"));
}
