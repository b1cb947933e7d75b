// The queries of kolmi admin monitor check use an index of calls: each
// statement's SQLite plan searches calls through an index, never scans the
// table (a cron job runs them every few minutes on millions of calls).
#include <catch2/catch.hpp>

#include <string>

#include "core/store/database.hpp"
#include "core/store/monitor_findings.hpp"
#include "core/store/schema.hpp"

using namespace kolmi::store;

TEST_CASE("monitor findings: every statement searches calls through an index", "[store][sqlite]") {
  auto db = Database::open_memory();
  migrate(db);
  const auto statements = monitor_finding_statements(Dialect::sqlite);
  CHECK(statements.size() == 18);
  for (const std::string& sql : statements) {
    INFO(sql);
    Statement plan = db.prepare("EXPLAIN QUERY PLAN " + sql);
    bool calls_searched = false;
    while (plan.step()) {
      const std::string detail = plan.str(3);
      INFO(detail);
      CHECK(detail.rfind("SCAN c", 0) != 0);  // a full scan of calls
      if (detail.rfind("SEARCH c USING", 0) == 0) calls_searched = true;
    }
    CHECK(calls_searched);
  }
}
