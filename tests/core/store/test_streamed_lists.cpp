// The store's lists that grow with the data visit their rows as the
// database hands them over: on MariaDB each is one streamed result
// (Statement::stream), so the connection is the list's until its last row
// (a visitor must not use the database), and free again afterwards. The
// rows themselves are checked by each list's own tests; on SQLite these
// only check that every row is visited.
#include <catch2/catch.hpp>

#include <string>

#include "core/store/account_lists.hpp"
#include "core/store/actions.hpp"
#include "core/store/callback_list.hpp"
#include "core/store/destination_rows.hpp"
#include "core/store/devices.hpp"
#include "core/store/payments.hpp"
#include "core/store/personal_rate_rows.hpp"
#include "core/store/rating_data.hpp"
#include "tests/core/store/tariff_rates_fixture.hpp"

using namespace kolmi;
using test::connection_busy;
using test::streams;

namespace {

struct Fixture {
  test::TestDatabase t;
  store::Database& db = t.db;
  Fixture() {
    t.add_user({.id = 1, .login = "ann"});
    t.add_device({.id = 10, .user_id = 1, .name = "ann1"});
    t.add_device({.id = 11, .user_id = 1, .name = "ann2"});
    test::add_tariff_rates(db);
    db.exec(R"SQL(
      INSERT INTO payments (user_id, date_added, amount) VALUES (1, '2026-11-27 09:00:00', 1000000000),
        (1, '2026-11-28 09:00:00', 2000000000);
      INSERT INTO callbacks (user_id, device_id, src, dst, created_at, status)
        VALUES (1, 10, '37061', '370', '2026-11-28 09:00:00', 'queued'),
        (1, 11, '37062', '370', '2026-11-28 09:01:00', 'failed');
      INSERT INTO actions (date, user_id, user_login, action) VALUES ('2026-11-27', 1, 'root', 'a1'),
        ('2026-11-28', 1, 'root', 'a2');
    )SQL");
  }
};

// Counts the visits and checks, at each, what the connection says.
struct Visits {
  store::Database& db;
  int rows = 0;
  void operator()() {
    ++rows;
    CHECK(connection_busy(db) == streams(db));
  }
  int done() {
    CHECK_FALSE(connection_busy(db));
    return rows;
  }
};

}  // namespace

TEST_CASE("payments, actions and callbacks stream", "[store][stream]") {
  Fixture f;
  Visits payments{f.db};
  store::for_each_payment_row(f.db, {}, [&](const store::PaymentRow&) { payments(); });
  CHECK(payments.done() == 2);
  Visits own{f.db};
  store::for_each_payment(f.db, 1, [&](const store::Payment&) { own(); });
  CHECK(own.done() == 2);
  Visits actions{f.db};
  store::for_each_action(f.db, {}, [&](const store::ActionRow&) { actions(); });
  CHECK(actions.done() == 2);
  Visits callbacks{f.db};
  store::for_each_callback(f.db, {}, [&](const store::CallbackRow&) { callbacks(); });
  CHECK(callbacks.done() == 2);
}

TEST_CASE("the rating data and the destination lists stream", "[store][stream]") {
  Fixture f;
  Visits destinations{f.db};
  store::for_each_destination(f.db, [&](const store::DestinationRow&) { destinations(); });
  const int n = destinations.done();
  CHECK(n > 0);
  Visits entries{f.db};
  store::for_each_destination_entry(f.db, [&](const store::DestinationEntry&) { entries(); });
  CHECK(entries.done() == n);
  Visits rates{f.db};
  store::for_each_rate(f.db, [&](const store::RateRow&) { rates(); });
  CHECK(rates.done() > 0);
  Visits details{f.db};
  store::for_each_rate_detail(f.db, [&](const store::RateDetailRow&) { details(); });
  CHECK(details.done() > 0);
  Visits devices{f.db};
  store::for_each_device_keys(f.db, [&](const store::DeviceKeys&) { devices(); });
  CHECK(devices.done() == 2);

  Visits group{f.db};
  store::GroupDestinationCursor cursor = store::GroupDestinationCursor::open(f.db, 1);
  while (cursor.step()) group();
  CHECK(group.done() > 0);
}

TEST_CASE("a visitor that throws ends the stream: the connection is free again", "[store][stream]") {
  Fixture f;
  struct Stop {};
  CHECK_THROWS_AS(store::for_each_payment_row(f.db, {}, [](const store::PaymentRow&) { throw Stop{}; }), Stop);
  CHECK_FALSE(connection_busy(f.db));
  CHECK(test::query_int(f.db, "SELECT count(*) FROM payments") == 2);
}
