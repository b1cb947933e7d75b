#include "core/store/conflines.hpp"
#include "demo_fixture.hpp"

using namespace demo_test;
using kolmi::store::Database;
using kolmi::store::OpenMode;

namespace {
// The calls that belong to a user: made by them or to their devices.
std::string calls_of(const std::string& user_id) {
  return "(user_id = " + user_id + " OR dst_device_id IN (SELECT id FROM devices WHERE user_id = " + user_id + "))";
}
}  // namespace

TEST_CASE("demo calls: time window, today and order", "[demo]") {
  ScratchDir dir;
  build(dir.file("k.db"));
  auto db = Database::open(dir.file("k.db"), OpenMode::existing);
  // Now is 2026-11-20 10:30:00 UTC; today in Tashkent began 2026-11-19 19:00:00 UTC.
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE calldate > '2026-11-20 10:30:00'") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE calldate < '2026-08-22 10:30:00'") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE datetime(calldate, '+' || duration || ' seconds') > "
                   "'2026-11-20 10:30:00'") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE calldate >= '2026-11-19 19:00:00' AND " + calls_of("1")) >= 5);
  // Every day of the window has calls.
  CHECK(query_int(db, "SELECT count(DISTINCT substr(calldate, 1, 10)) FROM calls") == 91);
  // Inserted in time order, with unique ids.
  CHECK(query_int(db, "SELECT count(*) FROM (SELECT calldate, lag(calldate) OVER (ORDER BY id) AS prev FROM calls) "
                   "WHERE calldate < prev") == 0);
  CHECK(query_int(db, "SELECT count(DISTINCT uniqueid) FROM calls") == 2000);
}

TEST_CASE("demo calls: a user right after midnight still has calls today", "[demo]") {
  ScratchDir dir;
  // 00:02:00 in Tashkent.
  build(dir.file("k.db"), 5, 0, 300, *kolmi::parse_utc("2026-11-19 19:02:00"));
  auto db = Database::open(dir.file("k.db"), OpenMode::existing);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE calldate >= '2026-11-19 19:00:00' AND " + calls_of("1")) >= 5);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE calldate > '2026-11-19 19:02:00'") == 0);
}

TEST_CASE("demo calls: kinds, dispositions and the busiest user", "[demo]") {
  ScratchDir dir;
  build(dir.file("k.db"), 7, 5, 3000);
  auto db = Database::open(dir.file("k.db"), OpenMode::existing);
  for (const char* d : {"ANSWERED", "NO ANSWER", "BUSY", "FAILED"}) {
    INFO(d);
    CHECK(query_int(db, std::string("SELECT count(*) FROM calls WHERE disposition = '") + d + "'") > 0);
  }
  const auto answered = query_int(db, "SELECT count(*) FROM calls WHERE disposition = 'ANSWERED'");
  CHECK(answered > 1700);  // ~65%
  CHECK(answered < 2200);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE disposition != 'ANSWERED' AND billsec != 0") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE disposition = 'ANSWERED' AND (billsec < 1 OR billsec > 2400)") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE duration < billsec") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE disposition = 'BUSY' AND hangupcause != 17") == 0);

  const std::string outgoing = "user_id IS NOT NULL AND dst_device_id IS NULL";
  const std::string incoming = "user_id IS NULL AND dst_device_id IS NOT NULL";
  const std::string internal = "user_id IS NOT NULL AND dst_device_id IS NOT NULL";
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE " + outgoing) > 1000);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE " + incoming) > 700);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE " + internal) > 100);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE " + internal + " AND user_price != 0") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE " + incoming + " AND (user_price != 0 OR src_device_id IS NOT NULL)") == 0);

  // Outgoing external calls are rated; the answered ones mostly cost something.
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE " + outgoing + " AND localized_dst NOT LIKE '882%' AND "
                   "(user_price IS NULL OR prefix IS NULL)") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE " + outgoing + " AND disposition = 'ANSWERED' AND user_price > 0") > 900);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE " + outgoing + " AND disposition != 'ANSWERED' AND user_price != 0") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE localized_dst LIKE '882%' AND user_price IS NOT NULL") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM calls c WHERE prefix IS NOT NULL AND "
                   "NOT EXISTS (SELECT 1 FROM destinations d WHERE d.prefix = c.prefix)") == 0);
  // Half or so of the missed calls are processed, the rest wait.
  const auto missed = query_int(db, "SELECT count(*) FROM calls WHERE dst_device_id IS NOT NULL AND disposition != 'ANSWERED'");
  const auto processed = query_int(db, "SELECT count(*) FROM calls WHERE processed = 1");
  CHECK(processed > missed / 3);
  CHECK(processed < missed * 2 / 3);
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE processed = 1 AND (dst_device_id IS NULL OR disposition = 'ANSWERED')") == 0);

  // demo (id 1) is the busiest user.
  auto busiest = db.prepare("SELECT u.id, (SELECT count(*) FROM calls WHERE user_id = u.id OR dst_device_id IN "
                            "(SELECT id FROM devices WHERE user_id = u.id)) AS n FROM users u ORDER BY n DESC LIMIT 1");
  REQUIRE(busiest.step());
  CHECK(busiest.int64(0) == 1);
  // Channels and caller ids look like Asterisk's.
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE user_id = 1 AND dst_device_id IS NULL AND "
                   "(channel NOT GLOB 'IAX2/101-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]' "
                   "OR clid != '\"101\" <101>' OR src != '101')") == 0);
}

TEST_CASE("demo calls: the same seed and clock give the same data", "[demo]") {
  ScratchDir dir;
  build(dir.file("a.db"), 42);
  build(dir.file("b.db"), 42);
  build(dir.file("c.db"), 43);
  auto a = Database::open(dir.file("a.db"), OpenMode::existing);
  auto b = Database::open(dir.file("b.db"), OpenMode::existing);
  auto c = Database::open(dir.file("c.db"), OpenMode::existing);
  // Password hashes are salted at random: everything else of users must match.
  const std::string users =
      "SELECT id, username, first_name, last_name, balance, credit, postpaid, tariff_id, clientid, "
      "agreement_number, agreement_date, language, taxation_country, vat_percent, address_id, currency_id, "
      "time_zone, created_at, last_login_at, previous_login_at FROM users ORDER BY id";
  CHECK(query_rows(a, users, 20) == query_rows(b, users, 20));
  for (const char* table : {"calls", "payments", "invoices", "devices", "addresses", "subscriptions", "callerids",
                            "phonebooks", "pdffaxes", "aratedetails", "destinations"}) {
    INFO(table);
    CHECK(dump_tables(a, {table}) == dump_tables(b, {table}));
  }
  CHECK(dump_tables(a, {"calls"}) != dump_tables(c, {"calls"}));
  CHECK(dump_tables(a, {"destinations"}) == dump_tables(c, {"destinations"}));  // reference data is seed-free
}
