#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/store/schema.hpp"
#include "demo_fixture.hpp"

using namespace demo_test;
using kolmi::Decimal;
using kolmi::store::Database;
using kolmi::store::OpenMode;

TEST_CASE("demo: users, logins and counts", "[demo]") {
  ScratchDir dir;
  const std::string path = dir.file("sub/folder/kolmi.db");  // missing folders are made
  auto summary = build(path, 7, 3, 2000);
  CHECK(summary.users == 6);
  CHECK(summary.calls == 2000);
  REQUIRE(summary.logins.size() == 6);
  CHECK(summary.logins[0].login == "admin");
  CHECK(summary.logins[0].password == "admin");
  CHECK(summary.logins[1].login == "demo");
  CHECK(summary.logins[1].password == "demo");
  CHECK(summary.logins[1].about == "postpaid, USD, Asia/Tashkent");
  CHECK(summary.logins[2].about == "prepaid, EUR, Europe/Sofia");
  CHECK(summary.logins[5].login == "demo5");
  CHECK(summary.logins[5].password == "demo5");

  auto db = Database::open(path, OpenMode::existing);
  CHECK(query_int(db, "SELECT count(*) FROM users") == 6);
  CHECK(query_int(db, "SELECT count(*) FROM calls") == 2000);
  CHECK(query_int(db, "SELECT count(*) FROM users WHERE currency_id IS NULL OR tariff_id IS NULL") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM users WHERE password NOT LIKE '$argon2id$%'") == 0);
  CHECK(query_text(db, "SELECT usertype FROM users WHERE username = 'admin'") == "admin");
  CHECK(kolmi::store::get_confline(db, kolmi::store::conf::kDemoSeed) == "7");
  CHECK(kolmi::store::get_confline(db, kolmi::store::conf::kDefaultCurrency) == "USD");
  CHECK(kolmi::store::get_confline(db, kolmi::store::conf::kCsvSeparator) == ";");
  CHECK(query_text(db, "PRAGMA journal_mode") == "wal");
  CHECK(query_rows(db, "PRAGMA foreign_key_check", 1).empty());  // no dangling reference
}

TEST_CASE("demo: no calls and no extra users", "[demo]") {
  ScratchDir dir;
  auto summary = build(dir.file("k.db"), 1, 0, 0);
  CHECK(summary.users == 3);
  auto db = Database::open(dir.file("k.db"), OpenMode::existing);
  CHECK(query_int(db, "SELECT count(*) FROM calls") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM devices") == 3);
}

TEST_CASE("demo: many extra users cycle through every profile", "[demo]") {
  ScratchDir dir;
  auto summary = build(dir.file("k.db"), 1, 40, 500);  // every profile twice and more
  CHECK(summary.users == 43);
  auto db = Database::open(dir.file("k.db"), OpenMode::existing);
  CHECK(query_int(db, "SELECT count(DISTINCT time_zone) FROM users") >= 15);
  CHECK(query_int(db, "SELECT count(DISTINCT currency_id) FROM users") == 4);
  CHECK(query_int(db, "SELECT count(DISTINCT first_name || last_name) FROM users") >= 38);
  CHECK(query_int(db, "SELECT count(DISTINCT extension) FROM devices") == query_int(db, "SELECT count(*) FROM devices"));
  CHECK(query_int(db, "SELECT count(*) FROM users u WHERE usertype = 'user' AND NOT EXISTS "
                   "(SELECT 1 FROM devices d WHERE d.user_id = u.id AND d.device_type != 'FAX')") == 0);
}

TEST_CASE("demo: negative counts are usage errors", "[demo]") {
  ScratchDir dir;
  kolmi::demo::DemoOptions o;
  o.calls = -1;
  kolmi::FixedClock clock(fixed_now());
  try {
    kolmi::demo::create_demo_database(dir.file("k.db"), o, clock);
    FAIL("no error");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::usage);
  }
}

TEST_CASE("demo: the demo user is the specification's sample user", "[demo]") {
  ScratchDir dir;
  build(dir.file("k.db"));
  auto db = Database::open(dir.file("k.db"), OpenMode::existing);
  auto u = db.prepare(
      "SELECT u.id, u.first_name, u.last_name, u.postpaid, u.credit, u.balance, u.vat_percent, "
      "u.agreement_date, u.time_zone, u.language, c.name, d.name, a.address, a.postcode, a.city, "
      "a.county, ad.name, a.phone, a.mob_phone, a.fax, a.email, u.clientid, u.agreement_number "
      "FROM users u JOIN currencies c ON c.id = u.currency_id JOIN directions d ON d.id = u.taxation_country "
      "JOIN addresses a ON a.id = u.address_id JOIN directions ad ON ad.id = a.direction_id "
      "WHERE u.username = 'demo'");
  REQUIRE(u.step());
  CHECK(u.int64(0) == 1);
  CHECK(u.str(1) == "Andrey");
  CHECK(u.str(2) == "Mazunin");
  CHECK(u.int64(3) == 1);
  CHECK(u.decimal(4) == Decimal::from_units(-1));
  CHECK(u.decimal(5) == Decimal::from_units(100));
  CHECK(u.decimal(6) == Decimal::from_units(18));
  CHECK(u.str(7) == "2008-03-11");
  CHECK(u.str(8) == "Asia/Tashkent");
  CHECK(u.str(9) == "en");
  CHECK(u.str(10) == "USD");
  CHECK(u.str(11) == "Uzbekistan");
  CHECK(u.str(12) == "Address");
  CHECK(u.str(13) == "700100");
  CHECK(u.str(14) == "Tashkent");
  CHECK(u.str(15) == "Uzbekistan");
  CHECK(u.str(16) == "Uzbekistan");
  CHECK(u.str(17) == "998975551234");
  CHECK(u.str(18) == "998975551234");
  CHECK(u.str(19) == "998975551234");
  CHECK(u.str(20) == "admin@voip.com");
  CHECK(u.str(21).empty());
  CHECK(u.str(22).empty());

  auto devices = query_rows(db,
                      "SELECT id, name, secret, device_type, extension, callerid, description, regseconds "
                      "FROM devices WHERE user_id = 1 ORDER BY id",
                      8);
  REQUIRE(devices.size() == 2);
  // regseconds: the spec's 2007-04-06 13:51:07 on the user's Tashkent clock = 08:51:07 UTC.
  CHECK(devices[0] == "1|101|101|IAX2|101|\"101\" <101>|Test device 1|1175849467");
  CHECK(devices[1] == "2|102|102|FAX|102|\"102\" <102>|Test FAX device|1175849467");

  // demo2: prepaid, EUR, the EUR tariff, Cyrillic.
  CHECK(query_text(db, "SELECT first_name || ' ' || last_name FROM users WHERE username = 'demo2'") == "Иван Петров");
  CHECK(query_text(db, "SELECT t.name FROM users u JOIN tariffs t ON t.id = u.tariff_id WHERE username = 'demo2'") ==
        "Retail EUR");
  CHECK(query_int(db, "SELECT postpaid FROM users WHERE username = 'demo2'") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM devices d JOIN users u ON u.id = d.user_id "
                   "WHERE u.username = 'demo2' AND d.device_type = 'SIP'") == 1);
}

TEST_CASE("demo: reference data uses real codes and prices every group", "[demo]") {
  ScratchDir dir;
  build(dir.file("k.db"), 7, 0, 0);
  auto db = Database::open(dir.file("k.db"), OpenMode::existing);
  const auto countries = query_int(db, "SELECT count(*) FROM directions");
  CHECK(countries >= 40);
  CHECK(query_int(db, "SELECT count(*) FROM destinationgroups") == 2 * countries);
  CHECK(query_text(db, "SELECT name || '/' || direction_code || '/' || subcode FROM destinations WHERE prefix = '998'") ==
        "Uzbekistan/UZB/FIX");
  CHECK(query_text(db, "SELECT g.name || '/' || g.desttype || '/' || g.flag FROM destinations d JOIN destinationgroups g "
                 "ON g.id = d.destinationgroup_id WHERE d.prefix = '99890'") == "Uzbekistan/MOB/uzb.png");
  CHECK(query_text(db, "SELECT name FROM destinations WHERE prefix = '61261'") == "Australia Canberra");
  CHECK(query_text(db, "SELECT flag FROM destinationgroups WHERE name = 'Afghanistan' AND desttype = 'FIX'") == "afg.png");
  CHECK(query_text(db, "SELECT name FROM destinations WHERE prefix = '7'") == "Russia");
  // One rate per group in each retail tariff and Carrier One's buy tariff,
  // each with a minute detail; Wholesale Europe's lacks Afghanistan.
  CHECK(query_int(db, "SELECT count(*) FROM rates r JOIN tariffs t ON t.id = r.tariff_id WHERE t.purpose = 'user'") ==
        2 * 2 * countries);
  CHECK(query_int(db, "SELECT count(*) FROM rates r JOIN tariffs t ON t.id = r.tariff_id WHERE t.purpose = "
                      "'provider'") == 2 * countries + 2 * (countries - 1));
  CHECK(query_int(db, "SELECT count(*) FROM providers") == 2);
  CHECK(query_int(db, "SELECT count(*) FROM rates r WHERE NOT EXISTS (SELECT 1 FROM aratedetails a "
                   "WHERE a.rate_id = r.id AND a.artype = 'minute')") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM aratedetails WHERE artype = 'event'") >= 2);
  CHECK(query_int(db, "SELECT count(*) FROM aratedetails WHERE round = 60") >= 2);
  CHECK(query_int(db, "SELECT count(*) FROM currencies WHERE active = 0") == 1);
  CHECK(query_int(db, "SELECT exchange_rate FROM currencies WHERE name = 'EUR'") == 920'000'000);
}

TEST_CASE("demo: outgoing calls carry the buy price of the provider their trunk names", "[demo]") {
  ScratchDir dir;
  build(dir.file("k.db"), 3, 0, 3000);
  auto db = Database::open(dir.file("k.db"), OpenMode::existing);
  const std::string outgoing = "SELECT count(*) FROM calls WHERE user_id IS NOT NULL AND dst_device_id IS NULL AND ";
  CHECK(query_int(db, outgoing + "dstchannel LIKE 'SIP/carrier-%' AND (provider_id <> 1 OR provider_price IS NULL)") == 0);
  CHECK(query_int(db, outgoing + "dstchannel LIKE 'SIP/wholesale-%' AND provider_id <> 2") == 0);
  // Wholesale Europe has no rate for Afghanistan (93), and nobody claims satlink.
  CHECK(query_int(db, outgoing + "dstchannel LIKE 'SIP/wholesale-%' AND provider_price IS NULL AND prefix NOT LIKE '93%'") == 0);
  CHECK(query_int(db, outgoing + "dstchannel LIKE 'SIP/satlink-%' AND provider_id IS NULL") > 0);
  CHECK(query_int(db, outgoing + "provider_price IS NULL AND dstchannel NOT LIKE 'SIP/satlink-%'") > 0);
  // Carrier One bills in 6 s increments; India's mobiles sell below cost.
  CHECK(query_int(db, outgoing + "provider_id = 1 AND provider_billsec % 6 <> 0") == 0);
  CHECK(query_int(db, outgoing + "provider_price > user_price AND prefix LIKE '91%'") > 0);
  // Incoming and internal calls buy nothing.
  CHECK(query_int(db, "SELECT count(*) FROM calls WHERE dst_device_id IS NOT NULL AND provider_id IS NOT NULL") == 0);
}

TEST_CASE("demo: every user has payments, invoices, subscriptions, CLIs and a phonebook", "[demo]") {
  ScratchDir dir;
  build(dir.file("k.db"), 3, 4, 100);
  auto db = Database::open(dir.file("k.db"), OpenMode::existing);
  auto per_user = [&](const std::string& table, const std::string& owner) {
    return query_rows(db, "SELECT u.username, (SELECT count(*) FROM " + table + " t WHERE " + owner +
                        ") FROM users u WHERE u.usertype = 'user' ORDER BY u.id", 2);
  };
  auto counts_between = [](const std::vector<std::string>& rows, int lo, int hi) {
    for (const auto& row : rows) {
      const int n = std::stoi(row.substr(row.find('|') + 1));
      INFO(row);
      CHECK(n >= lo);
      CHECK(n <= hi);
    }
  };
  counts_between(per_user("payments", "t.user_id = u.id"), 3, 6);
  counts_between(per_user("invoices", "t.user_id = u.id"), 2, 4);
  counts_between(per_user("subscriptions", "t.user_id = u.id"), 2, 3);
  counts_between(per_user("phonebooks", "t.user_id = u.id"), 3, 9);
  counts_between(per_user("callerids", "t.device_id IN (SELECT id FROM devices WHERE user_id = u.id)"), 2, 3);
  CHECK(query_int(db, "SELECT count(*) FROM phonebooks WHERE user_id = 1 AND name = 'Tom & Jerry <\"Co\"> ''Ltd'''") == 1);
  CHECK(query_int(db, "SELECT count(*) FROM invoices WHERE number NOT GLOB 'INV[0-9][0-9][0-9][0-9][0-9][0-9]'") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM payments WHERE date_added > '2026-11-20 10:30:00'") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM payments WHERE tax * 100 != amount * (vat_percent / 1000000000)") == 0);
  // Faxes: only to FAX devices, the demo user's including one today.
  CHECK(query_int(db, "SELECT count(*) FROM pdffaxes f JOIN devices d ON d.id = f.device_id "
                   "WHERE d.device_type != 'FAX'") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM pdffaxes WHERE device_id = 2 AND receive_time >= '2026-11-19 19:00:00'") >= 1);
  CHECK(query_int(db, "SELECT count(DISTINCT status) FROM pdffaxes") >= 2);
  CHECK(query_int(db, "SELECT count(*) FROM pdffaxes WHERE filename NOT GLOB 'fax_[0-9]*_[0-9]*.pdf'") == 0);
}

TEST_CASE("demo: the schema is exactly the migrated one", "[demo]") {
  ScratchDir dir;
  build(dir.file("k.db"));
  auto demo_db = Database::open(dir.file("k.db"), OpenMode::existing);
  auto fresh = Database::open(dir.file("fresh.db"), OpenMode::create);
  kolmi::store::migrate(fresh);
  const std::string schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
  CHECK(query_rows(demo_db, schema, 4) == query_rows(fresh, schema, 4));
  CHECK(kolmi::store::schema_version(demo_db) == kolmi::store::latest_schema_version());
}

namespace {
void expect_refusal(const std::string& path) {
  try {
    build(path);
    FAIL("replaced a database kolmi demo did not make");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::storage);
    CHECK(std::string(e.what()) ==
          path + " holds data not made by kolmi demo (or a demo database used since); refusing to replace it (use --force)");
  }
}
}  // namespace

TEST_CASE("demo: replaces its own database, refuses others unless forced", "[demo]") {
  ScratchDir dir;
  const std::string path = dir.file("k.db");

  SECTION("a database of kolmi demo is replaced") {
    build(path, 1, 0, 10);
    build(path, 2, 1, 20);
    auto db = Database::open(path, OpenMode::existing);
    CHECK(kolmi::store::get_confline(db, kolmi::store::conf::kDemoSeed) == "2");
    CHECK(query_int(db, "SELECT count(*) FROM calls") == 20);
  }
  SECTION("another database is left alone without --force") {
    {
      auto db = Database::open(path, OpenMode::create);
      kolmi::store::migrate(db);
      db.exec("INSERT INTO users (username, password) VALUES ('boss', 'x')");
    }
    expect_refusal(path);
    {
      auto db = Database::open(path, OpenMode::existing);
      CHECK(query_int(db, "SELECT count(*) FROM users") == 1);
    }
    kolmi::demo::DemoOptions o;
    o.calls = 5;
    o.force = true;
    kolmi::FixedClock clock(fixed_now());
    kolmi::demo::create_demo_database(path, o, clock);
    auto db = Database::open(path, OpenMode::existing);
    CHECK(query_int(db, "SELECT count(*) FROM users WHERE username = 'boss'") == 0);
  }
  SECTION("a file that is not a database is left alone without --force") {
    { std::ofstream(path) << "my notes\n"; }
    expect_refusal(path);
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    CHECK(line == "my notes");
  }
  // No temporary files are left behind either way.
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    const std::string name = entry.path().filename().string();
    CHECK(name.find(".kolmi-demo-") == std::string::npos);
  }
}
