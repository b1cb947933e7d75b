// pages::break_down_calls: the calls PDF's summary. Its totals are the calls
// page's (`kolmi calls --summary`, pages::sum_calls) on the same data; the
// spend per destination and the sum of the rounded row prices (the rounding
// difference the document states) are exact integer sums.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "core/pages/calls_breakdown.hpp"
#include "core/pages/calls_page.hpp"
#include "core/pages/calls_summary.hpp"
#include "tests/core/pages/call_fixture.hpp"

using namespace kolmi;
using kolmi::test::CallFixture;

namespace {

struct Sums {
  pages::CallsSummary summary;
  pages::CallsBreakdown breakdown;
};

// sum_calls and break_down_calls (to `digits`) of the same calls page of user 1.
Sums sums(CallFixture& f, const pages::CallsRequest& request, int digits) {
  return kolmi::test::as_user(f.db, f.clock, 1, [&](pages::PageContext& pc) {
    const pages::CallsPage page = pages::load_calls_page(pc, request);
    return Sums{pages::sum_calls(pc, page), pages::break_down_calls(pc, page, digits)};
  });
}

void check_same_totals(const pages::CallsSummary& a, const pages::CallsSummary& b) {
  CHECK(a.calls == b.calls);
  CHECK(a.answered == b.answered);
  CHECK(a.billsec == b.billsec);
  CHECK(a.unrated == b.unrated);
  CHECK(a.price == b.price);
}

Decimal dec(const char* text) {
  return *Decimal::parse(text);
}

// Three destinations; today (2026-11-28 in Europe/Sofia) user 1 has:
//   Lithuania: 3 calls at 0.005 (each shown as 0.01), one unrated, 60 s each;
//   United States: 1.234 (120 s) and 0.5 (30 s);
//   no destination: an unanswered call at 0 and an incoming call (price 0).
void add_calls(CallFixture& f) {
  f.db.exec("INSERT INTO destinations (prefix, direction_code, subcode, name) "
            "VALUES ('3706', 'LTU', 'MOB', 'Lithuania mobile')");
  const auto out = [&](const char* at, std::optional<std::int64_t> price, const char* prefix,
                       std::int64_t billsec, const char* disposition = "ANSWERED", const char* dst = "37061234567") {
    f.add({.calldate = at,
           .user_id = 1,
           .src_device = 10,
           .disposition = disposition,
           .billsec = billsec,
           .dst = dst,
           .price = price,
           .prefix = prefix ? std::optional<std::string>(prefix) : std::nullopt});
  };
  out("2026-11-28 06:00:00", 5'000'000, "3706", 60);
  out("2026-11-28 06:01:00", 5'000'000, "3706", 60);
  out("2026-11-28 06:02:00", 5'000'000, "3706", 60, "ANSWERED", "370612345678901");
  out("2026-11-28 06:03:00", std::nullopt, "3706", 60);
  out("2026-11-28 06:04:00", 1'234'000'000, "1212", 120, "ANSWERED", "12125550100");
  out("2026-11-28 06:05:00", 500'000'000, "1212", 30, "ANSWERED", "12125550100");
  out("2026-11-28 06:06:00", 0, nullptr, 0, "NO ANSWER", "999");
  f.incoming("2026-11-28 06:07:00", "ANSWERED", 45);
  // Another user's call and yesterday's: never counted.
  f.add({.calldate = "2026-11-28 06:08:00", .user_id = 2, .src_device = 20, .billsec = 60,
         .price = 9'000'000'000, .prefix = "1212"});
  out("2026-11-26 06:00:00", 7'000'000'000, "1212", 60);
}

}  // namespace

TEST_CASE("calls breakdown: the totals are the calls page's summary", "[calls]") {
  CallFixture f;
  add_calls(f);
  const Sums s = sums(f, {}, 2);
  const pages::CallsSummary& t = s.breakdown.totals;
  check_same_totals(t, s.summary);
  CHECK(t.calls == 8);
  CHECK(t.answered == 7);
  CHECK(t.billsec == 60 * 4 + 120 + 30 + 45);
  CHECK(t.unrated == 1);
  CHECK(t.price == dec("1.749"));  // exact: 3 x 0.005 + 1.234 + 0.5

  // Other filters and currencies agree too.
  for (const pages::CallsRequest& r :
       {pages::CallsRequest{.status = "answered"}, pages::CallsRequest{.direction = "outgoing", .currency = "EUR"},
        pages::CallsRequest{.from = "2026-11-01", .till = "2026-11-28"}}) {
    const Sums other = sums(f, r, 2);
    check_same_totals(other.breakdown.totals, other.summary);
  }
  CHECK(sums(f, {.from = "2026-11-01", .till = "2026-11-28"}, 2).breakdown.totals.price == dec("8.749"));
  CHECK(sums(f, {.currency = "EUR"}, 2).breakdown.totals.price == dec("1.60908"));  // 1.749 x 0.92
}

TEST_CASE("calls breakdown: spend per destination, the largest first", "[calls]") {
  CallFixture f;
  add_calls(f);
  const pages::CallsBreakdown b = sums(f, {}, 2).breakdown;
  REQUIRE(b.destinations.size() == 3);
  CHECK(b.destinations[0].name == "United States FIX USA 212 New York");
  CHECK(b.destinations[0].calls == 2);
  CHECK(b.destinations[0].billsec == 150);
  CHECK(b.destinations[0].price == dec("1.734"));
  CHECK(b.destinations[1].name == "Lithuania mobile");
  CHECK(b.destinations[1].calls == 4);  // the unrated call counts, its price does not
  CHECK(b.destinations[1].billsec == 240);
  CHECK(b.destinations[1].price == dec("0.015"));
  CHECK(b.destinations[2].name.empty());  // calls without a destination
  CHECK(b.destinations[2].calls == 2);
  CHECK(b.destinations[2].price.is_zero());
  // The destinations' spend adds up to the total.
  Decimal sum;
  for (const pages::DestinationSpend& d : b.destinations) sum += d.price;
  CHECK(sum == b.totals.price);
  // The longest numbers, for the columns' widths.
  CHECK(b.longest_dst == "370612345678901");
  CHECK(b.longest_src == "37060000000");  // the incoming call's caller
  // Equal spend: by name.
  f.add({.calldate = "2026-11-28 07:00:00", .user_id = 1, .src_device = 10, .billsec = 1,
         .price = 1'719'000'000, .prefix = "3706"});
  const pages::CallsBreakdown tie = sums(f, {}, 2).breakdown;
  CHECK(tie.destinations[0].name == "Lithuania mobile");  // 1.734 = 1.734, "L" < "U"
  CHECK(tie.destinations[0].price == tie.destinations[1].price);
}

TEST_CASE("calls breakdown: the sum of the rounded row prices", "[calls]") {
  CallFixture f;
  add_calls(f);
  // To 2 decimals the rows show 0.01, 0.01, 0.01, 1.23, 0.50, 0.00 and 0.00:
  // 1.76, while the exact total 1.749 rounds once to 1.75.
  const pages::CallsBreakdown two = sums(f, {}, 2).breakdown;
  CHECK(two.rounded_rows == dec("1.76"));
  CHECK(two.totals.price.rounded(2) == dec("1.75"));
  // To 3 decimals every price is exact: no difference.
  const pages::CallsBreakdown three = sums(f, {}, 3).breakdown;
  CHECK(three.rounded_rows == dec("1.749"));
  CHECK(three.rounded_rows == three.totals.price);
  // To 0 decimals: 0 + 0 + 0 + 1 + 1 (0.5 rounds away from zero) = 2.
  CHECK(sums(f, {}, 0).breakdown.rounded_rows == dec("2"));
}

TEST_CASE("calls breakdown: no calls", "[calls]") {
  CallFixture f;
  const pages::CallsBreakdown b = sums(f, {}, 2).breakdown;
  CHECK(b.totals.calls == 0);
  CHECK(b.totals.price.is_zero());
  CHECK(b.rounded_rows.is_zero());
  CHECK(b.destinations.empty());
  CHECK(b.longest_src.empty());
}
