#pragma once
// Shared by the demo tests: a temporary folder, a pinned clock and small
// query helpers over the built database.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/demo/demo.hpp"
#include "core/store/database.hpp"
#include "core/time/datetime.hpp"

namespace demo_test {

struct TempDir {
  std::string path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kolmi-demo-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

// 2026-11-20 10:30:00 UTC: 15:30 in Tashkent, a Friday.
inline kolmi::Seconds fixed_now() { return *kolmi::parse_utc("2026-11-20 10:30:00"); }

inline kolmi::demo::DemoSummary build(const std::string& path, std::uint64_t seed = 7, int extra = 2,
                                      std::int64_t calls = 2000, kolmi::Seconds now = fixed_now()) {
  kolmi::demo::DemoOptions o;
  o.seed = seed;
  o.extra_users = extra;
  o.calls = calls;
  kolmi::FixedClock clock(now);
  return kolmi::demo::create_demo_database(path, o, clock);
}

inline std::int64_t scalar(kolmi::store::Database& db, const std::string& sql) {
  auto s = db.prepare(sql);
  REQUIRE(s.step());
  return s.int64(0);
}

inline std::string text(kolmi::store::Database& db, const std::string& sql) {
  auto s = db.prepare(sql);
  REQUIRE(s.step());
  return s.str(0);
}

// Every row of a query as text, columns separated by '|', NULL as "<null>".
inline std::vector<std::string> dump(kolmi::store::Database& db, const std::string& sql, int columns) {
  auto s = db.prepare(sql);
  std::vector<std::string> rows;
  while (s.step()) {
    std::string row;
    for (int c = 0; c < columns; ++c) {
      row += s.is_null(c) ? std::string("<null>") : s.str(c);
      row += '|';
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// Every column of `table`, rows in id order.
inline std::vector<std::string> dump_table(kolmi::store::Database& db, const std::string& table) {
  const auto columns = static_cast<int>(scalar(db, "SELECT count(*) FROM pragma_table_info('" + table + "')"));
  return dump(db, "SELECT * FROM " + table + " ORDER BY id", columns);
}

}  // namespace demo_test
