#include <catch2/catch.hpp>

#include <set>

#include "core/demo/demo_random.hpp"
#include "core/demo/demo_text.hpp"
#include "core/time/datetime.hpp"

using kolmi::demo::Rng;
using kolmi::demo::Stream;

TEST_CASE("demo rng: fixed sequence for a seed, streams differ", "[demo]") {
  Rng a(1, Stream::calls);
  Rng b(1, Stream::calls);
  Rng c(1, Stream::people);
  Rng d(2, Stream::calls);
  const auto first = a.next();
  CHECK(first == b.next());
  CHECK(first != c.next());
  CHECK(first != d.next());
  // The sequence is part of the demo's promise (same seed, same data on every
  // platform): pin it so that a change to the generator is noticed.
  Rng pinned(0, Stream::calls);
  CHECK(pinned.next() == 0x33b849f26382acfaULL);
  CHECK(pinned.next() == 0x45c9257a2500599eULL);
  CHECK(pinned.next() == 0xfe124953be2d52a8ULL);
  Rng bounded(12345, Stream::people);
  for (std::uint64_t expected : {380, 264, 24, 525, 456}) CHECK(bounded.below(1000) == expected);
}

TEST_CASE("demo rng: bounded numbers stay in range and reach both ends", "[demo]") {
  Rng rng(9, Stream::people);
  std::set<std::int64_t> seen;
  for (int i = 0; i < 2000; ++i) {
    const auto v = rng.between(std::int64_t{-3}, 3);
    CHECK(v >= -3);
    CHECK(v <= 3);
    seen.insert(v);
    CHECK(rng.below(7) < 7);
  }
  CHECK(seen.size() == 7);
  int hits = 0;
  for (int i = 0; i < 10000; ++i) hits += rng.percent(30) ? 1 : 0;
  CHECK(hits > 2700);
  CHECK(hits < 3300);
  const int weights[] = {0, 1, 0};
  CHECK(kolmi::demo::weighted_index(rng, weights) == 1);
}

TEST_CASE("demo text: fast time formatting matches format_utc", "[demo]") {
  const std::int64_t lo = kolmi::parse_utc("2026-08-22 10:30:00")->time_since_epoch().count();
  const std::int64_t hi = kolmi::parse_utc("2026-11-20 10:30:00")->time_since_epoch().count();
  kolmi::demo::TimeText text(lo, hi);
  kolmi::demo::TimeText::Buffer buf{};
  for (std::int64_t t : {lo, hi, lo + 13 * 3600 + 59, hi - 86'399, std::int64_t{0}, hi + 86'400 * 3}) {
    INFO(t);
    CHECK(std::string(text.format(t, buf)) == kolmi::format_utc(kolmi::Seconds{std::chrono::seconds{t}}));
  }
  char digits[32];
  CHECK(std::string(digits, kolmi::demo::put_uint(digits, 1732790000)) == "1732790000");
  CHECK(std::string(digits, kolmi::demo::put_hex(digits, 0xabcd, 8)) == "0000abcd");
}
