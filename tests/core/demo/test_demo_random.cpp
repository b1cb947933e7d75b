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

TEST_CASE("demo text: numbers without allocation", "[demo]") {
  char digits[32];
  CHECK(std::string(digits, kolmi::demo::put_uint(digits, 1732790000)) == "1732790000");
  CHECK(std::string(digits, kolmi::demo::put_hex(digits, 0xabcd, 8)) == "0000abcd");
}
