// kolmi admin explain agrees with the import and with rerate on every call:
// the four real CDR files (tests/data/cdr) and 10,000 demo calls. explain
// recomputes through Rater::load_for and the stored owners; the import and
// rerate price through Rater::load and the device matcher. A difference in
// any rule shows up here as a call whose explanation says "DIFFERENT".
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/console/call_explanation.hpp"
#include "core/import/rerate.hpp"
#include "core/store/schema.hpp"
#include "tests/core/demo/demo_fixture.hpp"
#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;

namespace {

std::vector<std::int64_t> call_ids(store::Database& db) {
  std::vector<std::int64_t> ids;
  store::Statement s = db.prepare("SELECT id FROM calls ORDER BY id");
  while (s.step()) ids.push_back(s.int64(0));
  return ids;
}

struct Sweep {
  std::int64_t calls = 0, matching = 0, priced = 0, charged = 0, unrated = 0;
};

Sweep sweep(store::Database& db) {
  Sweep out;
  for (std::int64_t id : call_ids(db)) {
    const console::CallExplanation e = console::explain_call(db, id);
    ++out.calls;
    INFO("call " << id);
    CHECK(e.matches);
    CHECK(e.recomputed_price == e.stored_price);
    if (e.matches) ++out.matching;
    if (e.stored_price) ++out.priced;
    if (e.stored_price && !e.stored_price->is_zero()) ++out.charged;
    if (!e.stored_price) ++out.unrated;
  }
  return out;
}

}  // namespace

TEST_CASE("admin explain agrees with the import and rerate on every call of the real CDR files",
          "[console][explain][sweep]") {
  test::RealFilesFixture f;
  for (const char* file : {"asterisk-18col-simularent.csv", "asterisk-18col-bugadm.csv",
                           "asterisk-21col-newcdrcolumns-mineevburyat.csv"}) {
    f.import_file(test::cdr_data(file));
  }
  import::CdrImportOptions custom;
  custom.path = test::cdr_data("asterisk-cdr_custom-19col-kelysaina.csv");
  custom.layout = import::CdrLayout::asterisk_custom;
  import::import_cdr_file(f.db, custom);

  const Sweep imported = sweep(f.db);
  CHECK(imported.calls == 269 + 105 + 84 + 14);
  CHECK(imported.matching == imported.calls);
  CHECK(imported.charged > 10);  // the sweep reaches real prices, not only free calls
  CHECK(imported.unrated > 10);

  // Today's tariff differs from the import's: a time-of-day detail and a
  // minimal time for the USA, a destination rate for 1500, a grace time.
  // After a rerate, explain must agree with rerate's prices again.
  f.exec("UPDATE aratedetails SET start_time = '08:00:00', end_time = '19:59:59' WHERE rate_id = 1");
  f.exec(
      "INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, price, start_time, end_time) "
      "VALUES (1, 1, -1, 'minute', 30, 20000000, '20:00:00', '07:59:59')");
  f.exec("UPDATE rates SET min_time = 45 WHERE id = 1");
  f.exec("INSERT INTO destinations (id, prefix, destinationgroup_id) VALUES (3, '1500', 1)");
  f.exec("INSERT INTO rates (id, tariff_id, destination_id) VALUES (3, 1, 3)");
  f.exec("INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, price) "
         "VALUES (3, 1, -1, 'minute', 6, 900000000)");
  f.exec("UPDATE devices SET grace_time = 5");
  FixedClock clock(*parse_utc("2026-11-28 09:30:00"));
  const auto rerated = import::rerate_calls(f.db, import::RerateOptions{}, clock);
  CHECK(rerated.changed > 0);
  const Sweep after = sweep(f.db);
  CHECK(after.matching == after.calls);

  // A tampered price is the one call explain refuses.
  const std::int64_t tampered =
      test::query_int(f.db, "SELECT MIN(id) FROM calls WHERE user_price > 0");
  f.exec("UPDATE calls SET user_price = user_price + 1 WHERE id = " + std::to_string(tampered));
  const auto e = console::explain_call(f.db, tampered);
  CHECK_FALSE(e.matches);
  REQUIRE(e.stored_price);
  REQUIRE(e.recomputed_price);
  CHECK((*e.stored_price - *e.recomputed_price) == Decimal::from_nanos(1));
}

TEST_CASE("admin explain agrees with the demo's prices on 10,000 calls", "[console][explain][sweep]") {
  test::ScratchDir dir;
  const std::string path = dir.path() + "/demo.db";
  demo_test::build(path, 11, 3, 10'000);
  store::Database db = store::open_kolmi_database(path);
  const Sweep s = sweep(db);
  CHECK(s.calls == 10'000);
  CHECK(s.matching == 10'000);
  CHECK(s.charged > 1000);
  CHECK(s.unrated > 0);
}
