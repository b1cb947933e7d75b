// kolmi admin monitor check: each kind of rule tripping and not tripping at
// its boundary (an amount equal vs one nano-unit above, a count equal vs
// one more, a call at the window's first second vs the one before), the
// calls' ids of a finding, --since, and --block blocking exactly the users
// a spend rule tripped for, with one audit row.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/monitor/monitor_check.hpp"
#include "core/monitor/monitor_rules.hpp"
#include "core/store/actions.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

constexpr std::int64_t kNano = 1;
constexpr std::int64_t kUnit = 1'000'000'000;

// Now is 2026-11-28 09:30:00 UTC (a Saturday). ann (UTC) has devices 10
// and 11; bob lives in Vilnius (UTC+2); root is the admin.
struct Fixture : test::TestDatabase {
  Fixture() {
    add_currency({.id = 1, .name = "USD"});
    add_user({.id = 1, .login = "ann"});
    add_user({.id = 2, .login = "bob", .time_zone = "Europe/Vilnius"});
    add_user({.id = 3, .login = "root", .usertype = "admin"});
    add_device({.id = 10, .user_id = 1, .name = "ann10"});
    add_device({.id = 11, .user_id = 1, .name = "ann11"});
    add_device({.id = 20, .user_id = 2, .name = "bob20"});
    db.exec("INSERT INTO tariffs (id, name, purpose) VALUES (1, 'Buy', 'provider')");
    db.exec("INSERT INTO providers (id, name, tariff_id) VALUES (1, 'Carrier', 1), (2, 'Other', 1)");
    db.exec("INSERT INTO destinations (prefix, name) VALUES ('3706', 'Lithuania mobile'), ('44', 'UK')");
  }
  // An outgoing call of `user` from `device`, priced `price` nano-units.
  std::int64_t call(std::int64_t user, std::int64_t device, const std::string& at, std::int64_t price,
                    std::int64_t billsec = 60) {
    return add_call({.calldate = at, .user_id = user, .src_device = device, .billsec = billsec, .price = price,
                     .prefix = "3706"});
  }
  void set(std::int64_t id, const std::string& assignments) {
    db.exec(fmt::format("UPDATE calls SET {} WHERE id = {}", assignments, id));
  }
  void rule(monitor::RuleSpec spec) { monitor::add_rule(db, spec, clock); }
  std::vector<monitor::Finding> check(std::optional<std::string> since = std::nullopt) {
    monitor::CheckOptions o;
    if (since) o.since = parse_utc(*since);
    return monitor::check_rules(db, o, clock).findings;
  }
};

std::string ids(const monitor::Finding& f) { return fmt::format("{}", fmt::join(f.call_ids, ",")); }

}  // namespace

TEST_CASE("monitor: a spend rule trips one nano-unit above its amount, not at it", "[monitor]") {
  Fixture f;
  f.rule({.kind = "spend", .user = "ann", .above = "10", .last = 60});
  const auto a = f.call(1, 10, "2026-11-28 09:00:00", 4 * kUnit);
  const auto b = f.call(1, 10, "2026-11-28 09:10:00", 6 * kUnit);
  f.call(2, 20, "2026-11-28 09:10:00", 50 * kUnit);  // bob's: another user
  CHECK(f.check().empty());
  f.set(b, fmt::format("user_price = {}", 6 * kUnit + kNano));
  const auto found = f.check();
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule_id == 1);
  CHECK(found[0].kind == "spend");
  CHECK(found[0].subject == "user ann");
  CHECK(found[0].value == "10.000000001");
  CHECK(found[0].threshold == "10");
  CHECK(found[0].unit == "USD");
  CHECK(found[0].calls == 2);
  CHECK(ids(found[0]) == fmt::format("{},{}", a, b));
  CHECK(found[0].from == "2026-11-28 08:30:00");
  CHECK(found[0].till == "2026-11-28 09:30:00");
  CHECK(found[0].block_user == 1);
}

TEST_CASE("monitor: the window's first second counts, the one before it does not, nor a later call",
          "[monitor]") {
  Fixture f;
  f.rule({.kind = "spend", .user = "ann", .above = "1", .last = 60});
  const auto early = f.call(1, 10, "2026-11-28 08:29:59", 5 * kUnit);
  const auto late = f.call(1, 10, "2026-11-28 09:30:01", 5 * kUnit);  // after now
  CHECK(f.check().empty());
  f.set(early, "calldate = '2026-11-28 08:30:00'");
  REQUIRE(f.check().size() == 1);
  CHECK(ids(f.check()[0]) == std::to_string(early));
  f.set(early, "calldate = '2026-11-28 08:29:59'");
  f.set(late, "calldate = '2026-11-28 09:30:00'");  // now itself is in
  REQUIRE(f.check().size() == 1);
  CHECK(ids(f.check()[0]) == std::to_string(late));
}

TEST_CASE("monitor: day, week and month windows start at the user's local midnight", "[monitor]") {
  // bob is at UTC+2: his day began 2026-11-27 22:00 UTC, his week (Monday
  // 23rd) 2026-11-22 22:00, his month 2026-10-31 22:00.
  struct Case {
    const char* period;
    const char* first;
    const char* before;
  };
  for (const Case& c : {Case{"day", "2026-11-27 22:00:00", "2026-11-27 21:59:59"},
                        Case{"week", "2026-11-22 22:00:00", "2026-11-22 21:59:59"},
                        Case{"month", "2026-10-31 22:00:00", "2026-10-31 21:59:59"}}) {
    INFO(c.period);
    Fixture g;
    g.rule({.kind = "spend", .user = "bob", .above = "1", .period = std::string(c.period)});
    const auto id = g.call(2, 20, c.before, 2 * kUnit);
    CHECK(g.check().empty());
    g.set(id, fmt::format("calldate = '{}'", c.first));
    const auto found = g.check();
    REQUIRE(found.size() == 1);
    CHECK(found[0].from == c.first);
  }
}

TEST_CASE("monitor: a calls rule trips at one call more than its count, for a user or one device",
          "[monitor]") {
  Fixture f;
  f.rule({.kind = "calls", .user = "ann", .above = "2", .last = 30});
  f.rule({.kind = "calls", .device = 11, .above = "1", .last = 30});
  const auto a = f.call(1, 10, "2026-11-28 09:10:00", 0);
  const auto b = f.call(1, 11, "2026-11-28 09:20:00", 0);
  f.set(b, "disposition = 'NO ANSWER', billsec = 0");  // an attempt counts too
  CHECK(f.check().empty());
  const auto c = f.call(1, 11, "2026-11-28 09:25:00", 0);
  const auto found = f.check();
  REQUIRE(found.size() == 2);
  CHECK(found[0].subject == "user ann");
  CHECK(found[0].value == "3");
  CHECK(ids(found[0]) == fmt::format("{},{},{}", a, b, c));
  CHECK(found[1].subject == "device SIP/ann11 (11)");
  CHECK(found[1].value == "2");
  CHECK(ids(found[1]) == fmt::format("{},{}", b, c));
}

TEST_CASE("monitor: a minutes rule trips one second above its minutes", "[monitor]") {
  Fixture f;
  f.rule({.kind = "minutes", .user = "ann", .above = "2", .last = 60});
  f.call(1, 10, "2026-11-28 09:10:00", 0, 60);
  const auto b = f.call(1, 11, "2026-11-28 09:20:00", 0, 60);
  CHECK(f.check().empty());
  f.set(b, "billsec = 61");
  const auto found = f.check();
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "2.02");  // 121 s, shown rounded
  CHECK(found[0].unit == "minutes");
  CHECK(monitor::minutes_above(120, Decimal::from_units(2)) == false);
  CHECK(monitor::minutes_above(121, Decimal::from_units(2)));
}

TEST_CASE("monitor: a rate rule trips on calls rated one nano-unit above it, per destination", "[monitor]") {
  Fixture f;
  f.rule({.kind = "rate", .above = "0.5", .last = 60});
  const auto a = f.call(1, 10, "2026-11-28 09:10:00", kUnit);
  f.set(a, fmt::format("user_rate = {}", kUnit / 2));
  const auto b = f.call(1, 10, "2026-11-28 09:11:00", kUnit);
  f.set(b, fmt::format("user_rate = {}, prefix = '44'", kUnit / 4));
  CHECK(f.check().empty());
  f.set(a, fmt::format("user_rate = {}", kUnit / 2 + kNano));
  const auto found = f.check();
  REQUIRE(found.size() == 1);
  CHECK(found[0].subject == "destination 3706 Lithuania mobile");
  CHECK(found[0].value == "0.500000001");
  CHECK(found[0].unit == "USD/min");
  CHECK(ids(found[0]) == std::to_string(a));
}

TEST_CASE("monitor: a margin rule trips below its percentage, a loss included, per destination or provider",
          "[monitor]") {
  Fixture f;
  f.rule({.kind = "margin", .below = "10", .last = 60});
  f.rule({.kind = "margin", .by = "provider", .below = "10", .last = 60});
  // Revenue 1, cost 0.9: a margin of exactly 10%.
  const auto a = f.call(1, 10, "2026-11-28 09:10:00", kUnit);
  f.set(a, fmt::format("provider_id = 1, provider_price = {}", 9 * kUnit / 10));
  const auto unpriced = f.call(1, 10, "2026-11-28 09:11:00", 0);  // no buy price: not in a margin
  (void)unpriced;
  CHECK(f.check().empty());
  f.set(a, fmt::format("provider_price = {}", 9 * kUnit / 10 + kNano));
  auto found = f.check();
  REQUIRE(found.size() == 2);
  CHECK(found[0].subject == "destination 3706 Lithuania mobile");
  CHECK(found[0].value == "10");  // 9.9999999%, shown to two decimals
  CHECK(found[0].note == "revenue 1, cost 0.900000001");
  CHECK(found[1].subject == "provider Carrier");
  CHECK(ids(found[1]) == std::to_string(a));
  // A loss: cost above revenue, a negative margin.
  f.set(a, fmt::format("provider_price = {}", 2 * kUnit));
  found = f.check();
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "-100");
  // Cost without revenue trips; nothing on either side does not.
  CHECK(monitor::margin_below(Decimal{}, Decimal::from_nanos(1), Decimal::from_units(10)));
  CHECK_FALSE(monitor::margin_below(Decimal{}, Decimal{}, Decimal::from_units(10)));
  CHECK_FALSE(monitor::margin_percent(Decimal{}, Decimal::from_units(1)).has_value());
  CHECK_FALSE(monitor::margin_below(Decimal::from_units(1), Decimal::from_nanos(900'000'000),
                                    Decimal::from_units(10)));
  CHECK(monitor::margin_below(Decimal::from_units(1), Decimal::from_nanos(900'000'001), Decimal::from_units(10)));
}

TEST_CASE("monitor: a margin rule of one provider looks at its calls only", "[monitor]") {
  Fixture f;
  f.rule({.kind = "margin", .provider = "Other", .below = "50", .last = 60});
  const auto a = f.call(1, 10, "2026-11-28 09:10:00", kUnit);
  f.set(a, fmt::format("provider_id = 1, provider_price = {}", kUnit));  // Carrier's: 0%
  CHECK(f.check().empty());
  f.set(a, "provider_id = 2");
  const auto found = f.check();
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "0");
}

TEST_CASE("monitor: unrated and unassigned rules trip on any such call in their window", "[monitor]") {
  Fixture f;
  f.rule({.kind = "unrated", .last = 60});
  f.rule({.kind = "unassigned", .last = 60});
  f.call(1, 10, "2026-11-28 09:10:00", kUnit);  // priced
  const auto old = f.add_call({.calldate = "2026-11-28 08:29:59"});  // unrated, unassigned, before the window
  CHECK(f.check().empty());
  const auto unrated = f.add_call({.calldate = "2026-11-28 09:00:00", .user_id = 1, .src_device = 10});
  auto found = f.check();
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "unrated");
  CHECK(found[0].subject == "all calls");
  CHECK_FALSE(found[0].threshold.has_value());
  CHECK(ids(found[0]) == std::to_string(unrated));
  f.set(old, "calldate = '2026-11-28 08:30:00'");
  found = f.check();
  REQUIRE(found.size() == 2);
  CHECK(ids(found[0]) == fmt::format("{},{}", old, unrated));
  CHECK(found[1].kind == "unassigned");
  CHECK(ids(found[1]) == std::to_string(old));
}

TEST_CASE("monitor: --since starts every window no earlier, and a finding lists at most 20 ids", "[monitor]") {
  Fixture f;
  f.rule({.kind = "calls", .user = "ann", .above = "1", .period = "day"});
  std::vector<std::int64_t> all;
  for (int i = 0; i < 25; ++i) all.push_back(f.call(1, 10, fmt::format("2026-11-28 08:{:02}:00", i), 0));
  auto found = f.check();
  REQUIRE(found.size() == 1);
  CHECK(found[0].calls == 25);
  CHECK(found[0].call_ids.size() == 20);
  CHECK(found[0].call_ids.front() == all.front());
  CHECK(found[0].from == "2026-11-28 00:00:00");
  found = f.check("2026-11-28 08:23:00");
  REQUIRE(found.size() == 1);
  CHECK(found[0].from == "2026-11-28 08:23:00");
  CHECK(ids(found[0]) == fmt::format("{},{}", all[23], all[24]));
  CHECK(f.check("2026-11-28 08:24:00").empty());  // one call: not above 1
  CHECK(f.check("2026-11-29").empty());           // after now: nothing to look at
}

TEST_CASE("monitor: --block blocks exactly the users a spend rule tripped for, in one audited change",
          "[monitor]") {
  Fixture f;
  f.add_user({.id = 4, .login = "cid"});
  f.rule({.kind = "spend", .user = "ann", .above = "1", .last = 60});
  f.rule({.kind = "spend", .user = "bob", .above = "100", .last = 60});  // does not trip
  f.rule({.kind = "calls", .user = "cid", .above = "1", .last = 60});    // trips, but is no spend rule
  f.rule({.kind = "spend", .user = "root", .above = "1", .last = 60});   // the admin: never blocked
  f.call(1, 10, "2026-11-28 09:10:00", 2 * kUnit);
  f.call(2, 20, "2026-11-28 09:10:00", 2 * kUnit);
  f.add_call({.calldate = "2026-11-28 09:10:00", .user_id = 4, .price = 0});
  f.add_call({.calldate = "2026-11-28 09:11:00", .user_id = 4, .price = 0});
  f.add_call({.calldate = "2026-11-28 09:10:00", .user_id = 3, .price = 2 * kUnit});
  f.db.exec("INSERT INTO sessions (user_id, token_hash, created_at, expires_at) VALUES "
            "(1, 'a', '2026-11-28 09:00:00', '2026-11-29 09:00:00'), (2, 'b', '2026-11-28 09:00:00', "
            "'2026-11-29 09:00:00')");
  f.db.set_write_origin({store::AuditActor{3, "root", std::nullopt, ""}, "admin monitor check",
                         std::make_shared<FixedClock>(f.clock.now())});
  // Without --block nothing is written.
  CHECK(f.check().size() == 3);
  CHECK(test::query_int(f.db, "SELECT count(*) FROM users WHERE blocked = 1") == 0);
  CHECK(test::query_int(f.db, "SELECT count(*) FROM actions") == 0);

  monitor::CheckOptions o{.block = true, .acting_user_id = 3};
  const monitor::CheckResult r = monitor::check_rules(f.db, o, f.clock);
  REQUIRE(r.findings.size() == 3);
  CHECK(r.blocked == std::vector<std::string>{"ann"});
  CHECK(r.findings[0].action == "blocked");
  CHECK(r.findings[1].action == "");  // cid's calls rule
  CHECK(r.findings[2].action == "not blocked: you");
  CHECK(test::joined_rows(f.db, "SELECT username FROM users WHERE blocked = 1 ORDER BY id", ",") == "ann");
  CHECK(test::joined_rows(f.db, "SELECT user_id FROM sessions ORDER BY id", ",") == "2");  // ann's ended
  CHECK(test::query_rows(f.db, "SELECT action, target_type, target_id, data FROM actions", 4) ==
        std::vector<std::string>{"admin monitor check|user|1|blocked ann (spend above monitor rule 1)"});
  // Again: ann is already blocked, so nothing is written.
  const monitor::CheckResult again = monitor::check_rules(f.db, o, f.clock);
  CHECK(again.blocked.empty());
  CHECK(again.findings[0].action == "already blocked");
  CHECK(test::query_int(f.db, "SELECT count(*) FROM actions") == 1);
}

TEST_CASE("monitor: --block of two users writes one audit row naming both", "[monitor]") {
  Fixture f;
  f.rule({.kind = "spend", .user = "ann", .above = "1", .last = 60});
  f.rule({.kind = "spend", .user = "bob", .above = "1", .period = "day"});
  f.call(1, 10, "2026-11-28 09:10:00", 2 * kUnit);
  f.call(2, 20, "2026-11-28 09:10:00", 2 * kUnit);
  f.db.set_write_origin({store::AuditActor{3, "root", std::nullopt, ""}, "admin monitor check",
                         std::make_shared<FixedClock>(f.clock.now())});
  const monitor::CheckResult r = monitor::check_rules(f.db, {.block = true, .acting_user_id = 3}, f.clock);
  CHECK(r.blocked == std::vector<std::string>{"ann", "bob"});
  CHECK(test::query_rows(f.db, "SELECT target_type, target_id, data FROM actions", 3) ==
        std::vector<std::string>{"user|<null>|blocked ann, bob (spend above monitor rule 1, 2)"});
}
