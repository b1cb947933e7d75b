// kolmi admin tariff diff: a real deck (ASTPP) against its next version,
// edited by hand (tests/data/rating/README.md says what changed), so every
// row below is known without the code.
#include <catch2/catch.hpp>

#include "core/console/tariff_diff.hpp"
#include "core/output/tree_writers.hpp"
#include "tests/core/import/deck_fixture.hpp"

using namespace kolmi;

namespace {

struct DiffFixture : test::DeckFixture {
  DiffFixture() { rates(test::rating_data("astpp-outbound-routes.csv"), "ASTPP"); }

  console::TariffDiff diff(std::optional<std::string> from, std::int64_t notice_days = 7,
                           std::string deck = "astpp-outbound-routes-2026-12.csv") {
    console::TariffDiffOptions o;
    o.deck.path = test::rating_data(deck);
    o.deck.tariff = "ASTPP";
    o.deck.effective_from = std::move(from);
    o.notice_days = notice_days;
    o.now = clock.now();  // 2026-11-28 09:30:00 UTC
    return console::diff_tariff(db, o);
  }
};

const console::PrefixChange& change(const console::TariffDiff& d, std::string_view prefix) {
  for (const auto& c : d.changes) {
    if (c.prefix == prefix) return c;
  }
  FAIL("no change for prefix " << prefix);
  return d.changes.front();
}

std::string money(const std::optional<Decimal>& d) { return d ? d->to_string() : "-"; }

}  // namespace

TEST_CASE("tariff diff: two real decks, with prices, percents and notice", "[console][tariff_diff]") {
  DiffFixture f;
  const console::TariffDiff d = f.diff("2026-12-01");
  CHECK(d.added == 1);
  CHECK(d.removed == 1);
  CHECK(d.increased == 3);
  CHECK(d.decreased == 1);
  CHECK(d.changed == 0);
  CHECK(d.short_notice == 3);
  REQUIRE(d.changes.size() == 6);
  // File order, then the destinations the deck no longer lists, by prefix.
  std::vector<std::string> order;
  for (const auto& c : d.changes) order.push_back(c.prefix);
  CHECK(order == std::vector<std::string>{"9375", "9370", "682", "99999", "684", "9377"});

  const auto& up = change(d, "9375");  // 0.2204 -> 0.25: +0.0296 / 0.2204 = 13.4301..%
  CHECK(up.kind == console::PriceChangeKind::increased);
  CHECK(money(up.old_rate) == "0.2204");
  CHECK(money(up.new_rate) == "0.25");
  CHECK(up.change_percent == "13.43");
  CHECK(up.notice_days == 2);  // 2026-11-28 09:30 -> 2026-12-01 00:00: 2 days 14.5 hours
  CHECK(up.short_notice);
  CHECK(up.destination == "Afghanistan Cellular-AT");

  const auto& down = change(d, "9370");  // 0.104 -> 0.1: -0.004 / 0.104 = -3.846..%
  CHECK(down.kind == console::PriceChangeKind::decreased);
  CHECK(down.change_percent == "-3.85");
  CHECK_FALSE(down.short_notice);

  const auto& fee = change(d, "682");  // same 0.858 a minute, a 0.05 fee now
  CHECK(fee.kind == console::PriceChangeKind::increased);
  CHECK(fee.change_percent == "0.00");
  CHECK(money(fee.old_fee) == "0");
  CHECK(money(fee.new_fee) == "0.05");
  CHECK(fee.short_notice);

  const auto& added = change(d, "99999");
  CHECK(added.kind == console::PriceChangeKind::added);
  CHECK_FALSE(added.old_rate.has_value());
  CHECK(added.change_percent.empty());

  const auto& removed = change(d, "684");  // nothing in the new deck covers it
  CHECK(removed.kind == console::PriceChangeKind::removed);
  CHECK(money(removed.old_rate) == "13.65");
  CHECK(removed.destination == "American Samoa (old)");

  const auto& covered = change(d, "9377");  // dropped: 937 prices it now, 0.0845 -> 0.2145
  CHECK(covered.kind == console::PriceChangeKind::increased);
  CHECK(covered.change_percent == "153.85");
  CHECK(covered.destination == "Afghanistan Cellular-MTN");
}

TEST_CASE("tariff diff: notice is counted in whole days from now", "[console][tariff_diff]") {
  DiffFixture f;
  CHECK(f.diff("2026-12-01", 2).short_notice == 0);  // 2 days 14.5 hours >= 2 days
  CHECK(f.diff("2026-12-01", 3).short_notice == 3);
  CHECK(f.diff("2026-12-05 09:30:00", 7).short_notice == 0);  // exactly 7 days
  CHECK(f.diff("2026-12-05 09:30:00", 7).changes.front().notice_days == 7);
  CHECK(f.diff("2026-12-05 09:29:59", 7).short_notice == 3);  // one second short
  CHECK(f.diff("2026-12-05 09:29:59", 7).changes.front().notice_days == 6);
  // No date: the deck would take effect now, with no notice at all.
  CHECK(f.diff(std::nullopt, 0).short_notice == 0);
  CHECK(f.diff(std::nullopt, 1).short_notice == 3);
}

TEST_CASE("tariff diff: compares with the prices in force at the effective moment", "[console][tariff_diff]") {
  DiffFixture f;
  import::RateImportOptions o;
  o.path = test::rating_data("astpp-outbound-routes-2026-12.csv");
  o.tariff = "ASTPP";
  o.effective_from = "2026-12-01";
  import::import_rates_file(f.db, o);
  // From December 1st the tariff already says what the deck says, except
  // for what an import without --replace keeps (684, and 9377's own rate).
  const console::TariffDiff after = f.diff("2026-12-01");
  CHECK(after.added == 0);
  CHECK(after.decreased == 0);
  CHECK(after.removed == 1);
  CHECK(after.increased == 1);  // 9377
  // The day before, the old prices still hold.
  const console::TariffDiff before = f.diff("2026-11-30");
  CHECK(before.added == 1);
  CHECK(before.increased == 3);
  CHECK(before.decreased == 1);
}

TEST_CASE("tariff diff: writes every change through the output contract", "[console][tariff_diff]") {
  DiffFixture f;
  const console::TariffDiff d = f.diff("2026-12-01");
  std::string out;
  {
    auto w = output::make_tree_writer(output::Format::csv, [&](std::string_view c) { out += c; });
    console::write_tariff_diff(*w, d);
  }
  CHECK(out.rfind("prefix,destination,change,old_rate,new_rate,change_percent,old_connection_fee,"
                  "new_connection_fee,currency,effective_from,notice_days,short_notice\r\n",
                  0) == 0);
  CHECK(out.find("9375,Afghanistan Cellular-AT,increased,0.2204,0.25,13.43,0,0,USD,2026-12-01 00:00:00,2,yes\r\n") !=
        std::string::npos);
  CHECK(out.find("684,American Samoa (old),removed,13.65,,,0,,USD,2026-12-01 00:00:00,2,no\r\n") != std::string::npos);
}
