#pragma once
// Shared by the demo tests: a demo database built on a pinned clock, and
// the shared scratch folders and query helpers.
#include <catch2/catch.hpp>

#include <string>

#include "core/demo/demo.hpp"
#include "core/store/database.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/scratch_dir.hpp"
#include "tests/support/test_database.hpp"

namespace demo_test {

using kolmi::test::dump_tables;
using kolmi::test::query_int;
using kolmi::test::query_rows;
using kolmi::test::query_text;
using kolmi::test::ScratchDir;

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

}  // namespace demo_test
