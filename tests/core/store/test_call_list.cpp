// The call list cursor: whose calls, in which order, with which filters,
// and that its counts agree with what it lists.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/core/pages/call_fixture.hpp"

using namespace kolmi;
using kolmi::test::CallFixture;
using kolmi::test::ids_of;

namespace {

store::CallFilter for_user(std::int64_t user_id) {
  store::CallFilter f;
  f.user_id = user_id;
  return f;
}

using Ids = std::vector<std::int64_t>;

}  // namespace

TEST_CASE("a user's calls: outgoing by user_id, incoming to their devices, never another user's", "[calls]") {
  CallFixture f;
  const auto out = f.outgoing("2026-11-28 08:00:00");
  const auto in = f.incoming("2026-11-28 08:01:00");
  const auto to_11 = f.add({.calldate = "2026-11-28 08:02:00", .dst_device = 11});
  const auto own_internal =
      f.add({.calldate = "2026-11-28 08:03:00", .user_id = 1, .src_device = 10, .dst_device = 11});
  const auto from_other = f.add({.calldate = "2026-11-28 08:04:00",
                                 .user_id = 2,
                                 .src_device = 20,
                                 .dst_device = 10,
                                 .price = 5'000'000});
  const auto to_other = f.add({.calldate = "2026-11-28 08:05:00",
                               .user_id = 1,
                               .src_device = 11,
                               .dst_device = 20,
                               .price = 7'000'000});
  f.add({.calldate = "2026-11-28 08:06:00", .user_id = 2, .src_device = 20});  // only user 2's
  f.add({.calldate = "2026-11-28 08:07:00", .dst_device = 20});                // only user 2's

  CHECK(ids_of(store::CallCursor::open(f.db, for_user(1))) ==
        Ids{out, in, to_11, own_internal, from_other, to_other});
  CHECK(store::count_calls(f.db, for_user(1)) == 6);
  CHECK(ids_of(store::CallCursor::open(f.db, for_user(2))).size() == 4);

  // Direction from user 1's side; an internal call between their own devices is outgoing.
  auto f_in = for_user(1);
  f_in.direction = store::CallDirection::incoming;
  CHECK(ids_of(store::CallCursor::open(f.db, f_in)) == Ids{in, to_11, from_other});
  auto f_out = for_user(1);
  f_out.direction = store::CallDirection::outgoing;
  CHECK(ids_of(store::CallCursor::open(f.db, f_out)) == Ids{out, own_internal, to_other});

  // Prices: what user 1 pays. The call from user 2 is incoming: its stored
  // price is user 2's, so user 1 sees 0.
  auto cursor = store::CallCursor::open(f.db, for_user(1));
  while (cursor.next()) {
    const store::CallRow& r = cursor.row();
    if (r.id == from_other) CHECK(r.price == Decimal{});
    if (r.id == to_other) CHECK(r.price == Decimal::from_nanos(7'000'000));
    if (r.id == out) CHECK_FALSE(r.price.has_value());  // not rated
    CHECK(r.outgoing == (r.id == out || r.id == own_internal || r.id == to_other));
  }
}

TEST_CASE("calls come oldest first across both halves and every device", "[calls]") {
  CallFixture f;
  const auto c = f.add({.calldate = "2026-11-28 08:00:05", .dst_device = 11});
  const auto a = f.outgoing("2026-11-28 08:00:01");
  const auto d = f.outgoing("2026-11-28 08:00:05");
  const auto b = f.incoming("2026-11-28 08:00:03");
  const auto e = f.incoming("2026-11-28 08:00:05");
  const auto g = f.outgoing("2026-11-28 09:00:00");
  // The same second: outgoing first, then device 10, then device 11.
  CHECK(ids_of(store::CallCursor::open(f.db, for_user(1))) == Ids{a, b, d, e, c, g});
}

TEST_CASE("calls of the same second within one half come in index order: billsec, then id", "[calls]") {
  // What SQLite's index ranges give; MariaDB's one merged statement orders the same.
  CallFixture f;
  const auto longer = f.outgoing("2026-11-28 08:00:05", "ANSWERED", 60);
  const auto shorter = f.outgoing("2026-11-28 08:00:05", "ANSWERED", 30);
  const auto same = f.outgoing("2026-11-28 08:00:05", "ANSWERED", 30);
  const auto in_longer = f.incoming("2026-11-28 08:00:05", "ANSWERED", 60);
  const auto in_shorter = f.incoming("2026-11-28 08:00:05", "ANSWERED", 10);
  CHECK(ids_of(store::CallCursor::open(f.db, for_user(1))) == Ids{shorter, same, longer, in_shorter, in_longer});
}

TEST_CASE("the call lists stream on MariaDB: the connection is theirs until the last row", "[calls][stream]") {
  CallFixture f;
  f.outgoing("2026-11-28 08:00:01");
  f.incoming("2026-11-28 08:00:02", "NO ANSWER", 0);
  f.add({.calldate = "2026-11-28 08:00:03", .dst_device = 11, .disposition = "BUSY"});
  const auto from = *parse_utc("2026-11-28 00:00:00");
  const auto till = *parse_utc("2026-11-29 00:00:00");
  auto read_all = [&](store::CallCursor cursor) {
    CHECK_FALSE(kolmi::test::connection_busy(f.db));  // prepared, not yet run
    REQUIRE(cursor.next());
    CHECK(kolmi::test::connection_busy(f.db) == kolmi::test::streams(f.db));
    int rows = 1;
    while (cursor.next()) ++rows;
    CHECK_FALSE(kolmi::test::connection_busy(f.db));
    return rows;
  };
  CHECK(read_all(store::CallCursor::open(f.db, for_user(1))) == 3);
  store::CallFilter incoming = for_user(1);
  incoming.direction = store::CallDirection::incoming;
  CHECK(read_all(store::CallCursor::open(f.db, incoming)) == 2);
  CHECK(read_all(store::CallCursor::missed(f.db, 1, from, till)) == 2);
  // A list given up half-way frees the connection when it goes.
  {
    auto cursor = store::CallCursor::open(f.db, for_user(1));
    REQUIRE(cursor.next());
  }
  CHECK_FALSE(kolmi::test::connection_busy(f.db));
}

TEST_CASE("period, outcome and device filters, alone and combined, counts agree with lists", "[calls]") {
  CallFixture f;
  f.outgoing("2026-11-27 21:59:59");                  // before the period
  const auto o1 = f.outgoing("2026-11-27 22:00:00");  // first second of the period
  const auto o2 =
      f.add({.calldate = "2026-11-28 01:00:00", .user_id = 1, .src_device = 11, .disposition = "BUSY"});
  const auto o3 = f.outgoing("2026-11-28 02:00:00", "CONGESTION", 0);
  const auto i1 = f.incoming("2026-11-28 03:00:00", "NO ANSWER", 0);
  const auto i2 = f.add({.calldate = "2026-11-28 04:00:00", .dst_device = 11, .disposition = "FAILED"});
  const auto i3 = f.add({.calldate = "2026-11-28 05:00:00", .dst_device = 11, .disposition = "weird"});
  const auto o4 = f.outgoing("2026-11-28 21:59:59");
  f.incoming("2026-11-28 22:00:00");  // first second after the period

  store::CallFilter base = for_user(1);
  base.from = *parse_utc("2026-11-27 22:00:00");
  base.till = *parse_utc("2026-11-28 22:00:00");
  auto with = [&](auto change) {
    store::CallFilter x = base;
    change(x);
    return x;
  };
  using store::CallDirection;
  using store::CallOutcome;
  struct Case {
    store::CallFilter filter;
    Ids expected;
  };
  const std::vector<Case> cases = {
      {base, {o1, o2, o3, i1, i2, i3, o4}},
      {with([](auto& x) { x.outcome = CallOutcome::answered; }), {o1, o4}},
      {with([](auto& x) { x.outcome = CallOutcome::busy; }), {o2}},
      {with([](auto& x) { x.outcome = CallOutcome::no_answer; }), {i1}},
      // FAILED, CONGESTION and any unknown disposition are failed.
      {with([](auto& x) { x.outcome = CallOutcome::failed; }), {o3, i2, i3}},
      {with([](auto& x) { x.device_id = 10; }), {o1, o3, i1, o4}},
      {with([](auto& x) { x.device_id = 11; }), {o2, i2, i3}},
      {with([](auto& x) {
         x.device_id = 11;
         x.direction = CallDirection::incoming;
       }),
       {i2, i3}},
      {with([](auto& x) {
         x.device_id = 11;
         x.direction = CallDirection::outgoing;
       }),
       {o2}},
      {with([](auto& x) {
         x.direction = CallDirection::outgoing;
         x.outcome = CallOutcome::failed;
       }),
       {o3}},
      {with([](auto& x) {
         x.device_id = 10;
         x.direction = CallDirection::incoming;
         x.outcome = CallOutcome::answered;
       }),
       {}},
  };
  for (std::size_t n = 0; n < cases.size(); ++n) {
    INFO("case " << n);
    CHECK(ids_of(store::CallCursor::open(f.db, cases[n].filter)) == cases[n].expected);
    CHECK(store::count_calls(f.db, cases[n].filter) == static_cast<std::int64_t>(cases[n].expected.size()));
  }
}

TEST_CASE("missed calls: not answered, to any of the user's devices, from anyone", "[calls]") {
  CallFixture f;
  const auto m1 = f.incoming("2026-11-28 08:00:00", "NO ANSWER", 0);
  f.incoming("2026-11-28 08:01:00", "ANSWERED", 30);
  const auto m2 = f.add({.calldate = "2026-11-28 08:02:00",
                         .user_id = 1,
                         .src_device = 10,
                         .dst_device = 11,
                         .disposition = "BUSY",
                         .processed = 1});
  f.outgoing("2026-11-28 08:03:00", "NO ANSWER", 0);                                    // made, not missed
  f.add({.calldate = "2026-11-28 08:04:00", .dst_device = 20, .disposition = "BUSY"});  // user 2's
  const auto from = *parse_utc("2026-11-28 00:00:00");
  const auto till = *parse_utc("2026-11-29 00:00:00");
  CHECK(ids_of(store::CallCursor::missed(f.db, 1, from, till)) == Ids{m1, m2});
  auto cursor = store::CallCursor::missed(f.db, 1, from, till);
  REQUIRE(cursor.next());
  CHECK_FALSE(cursor.row().processed);
  CHECK(cursor.row().duration == 5);  // rang 5 s, no talk time
  REQUIRE(cursor.next());
  CHECK(cursor.row().processed);
  CHECK_FALSE(cursor.next());
  CHECK_FALSE(cursor.next());  // stays done
}

TEST_CASE("answer counts and device ownership", "[calls]") {
  CallFixture f;
  f.outgoing("2026-11-28 08:00:00");
  f.outgoing("2026-11-28 08:01:00", "BUSY", 0);
  f.incoming("2026-11-28 08:02:00");
  f.add({.calldate = "2026-11-28 08:03:00", .user_id = 1, .src_device = 10, .dst_device = 11});  // once
  auto c =
      store::answer_counts(f.db, 1, *parse_utc("2026-11-28 00:00:00"), *parse_utc("2026-11-29 00:00:00"));
  CHECK(c.calls == 4);
  CHECK(c.answered == 3);
  CHECK(store::user_device_ids(f.db, 1) == Ids{10, 11});
  CHECK(store::user_has_device(f.db, 1, 11));
  CHECK_FALSE(store::user_has_device(f.db, 1, 20));  // another user's
  CHECK_FALSE(store::user_has_device(f.db, 1, 99));  // none at all
}

TEST_CASE("a user without devices or calls has empty lists", "[calls]") {
  CallFixture f;
  f.db.exec("INSERT INTO users (id, username, password) VALUES (3, 'lonely', 'x')");
  f.outgoing("2026-11-28 08:00:00");
  CHECK(ids_of(store::CallCursor::open(f.db, for_user(3))).empty());
  CHECK(
      ids_of(store::CallCursor::missed(f.db, 3, *parse_utc("2026-01-01"), *parse_utc("2027-01-01"))).empty());
  CHECK(store::count_calls(f.db, for_user(3)) == 0);
}

TEST_CASE("each call is named by its prefix's destination, none when it has no prefix or no destination row",
          "[calls]") {
  CallFixture f;
  f.db.exec("INSERT INTO destinations (prefix, direction_code, subcode, name) VALUES ('4470', 'GBR', 'MOB', "
            "'United Kingdom mobile'), ('44', 'GBR', 'FIX', 'United Kingdom')");
  const auto mobile = f.add({.calldate = "2026-11-28 08:00:01", .user_id = 1, .src_device = 10, .prefix = "4470"});
  const auto fixed = f.add({.calldate = "2026-11-28 08:00:02", .dst_device = 10, .prefix = "44"});
  const auto mobile_again =
      f.add({.calldate = "2026-11-28 08:00:03", .user_id = 1, .src_device = 10, .prefix = "4470"});
  const auto gone = f.add({.calldate = "2026-11-28 08:00:04", .user_id = 1, .src_device = 10, .prefix = "999"});
  const auto unrated = f.add({.calldate = "2026-11-28 08:00:05", .user_id = 1, .src_device = 10});
  std::vector<std::string> names;
  Ids ids;
  auto cursor = store::CallCursor::open(f.db, for_user(1));
  while (cursor.next()) {
    ids.push_back(cursor.row().id);
    names.emplace_back(cursor.row().destination);
  }
  CHECK(ids == Ids{mobile, fixed, mobile_again, gone, unrated});
  CHECK(names ==
        std::vector<std::string>{"United Kingdom mobile", "United Kingdom", "United Kingdom mobile", "", ""});
}
