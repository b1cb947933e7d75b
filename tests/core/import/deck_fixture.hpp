#pragma once
// A migrated in-memory database (USD and EUR) and helpers to import rate
// decks and destination lists from text or from tests/data/rating.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>

#include "core/error.hpp"
#include "core/import/deck_import.hpp"
#include "core/store/conflines.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "tests/core/import/import_fixture.hpp"

namespace kolmi::test {

inline std::string rating_data(std::string_view name) {
  return std::string(KOLMI_TEST_DATA_DIR) + "/rating/" + std::string(name);
}

struct DeckFixture {
  store::Database db = store::Database::open_memory();

  DeckFixture() {
    store::migrate(db);
    store::set_confline(db, store::conf::kDefaultCurrency, "USD");
    db.exec("INSERT INTO currencies (name, exchange_rate) VALUES ('USD', 1000000000), ('EUR', 920000000)");
  }

  import::DeckImportSummary rates(const std::string& path, std::string_view tariff = "Retail",
                                  bool replace = false, bool dry_run = false){import::RateImportOptions o;
  o.path = path;
  o.tariff = std::string(tariff);
  o.replace = replace;
  o.dry_run = dry_run;
  return import::import_rates_file(db, o);
} import::DeckImportSummary rates_text(std::string_view csv, std::string_view tariff = "Retail",
                                       bool replace = false) {
  TempFile f(csv);
  return rates(f.path(), tariff, replace);
}
import::DeckImportSummary destinations(const std::string& path,
                                       bool dry_run = false){import::DeckImportOptions o;
o.path = path;
o.dry_run = dry_run;
return import::import_destinations_file(db, o);
}  // namespace kolmi::test
import::DeckImportSummary destinations_text(std::string_view csv){TempFile f(csv);
return destinations(f.path());
}

// The message of a rates import of `csv` expected to fail with `code`;
// "@" in it stands for the file's path.
std::string rates_error(std::string_view csv, ExitCode code = ExitCode::action_failed) {
  TempFile f(csv);
  try {
    rates(f.path());
  } catch (const Error& e) {
    CHECK(e.code() == code);
    std::string m = e.what();
    if (auto at = m.find(f.path()); at != std::string::npos) m.replace(at, f.path().size(), "@");
    return m;
  }
  FAIL("the import did not fail");
  return {};
}

std::int64_t count(std::string_view sql) {
  store::Statement s = db.prepare(sql);
  REQUIRE(s.step());
  return s.int64(0);
}
std::string text(std::string_view sql) {
  store::Statement s = db.prepare(sql);
  REQUIRE(s.step());
  return s.str(0);
}
// Every row of the tables an import writes, as text: equal before and after means "nothing changed".
std::string dump() {
  std::string out;
  const std::pair<std::string_view, int> tables[] = {
      {"SELECT id, name, code FROM directions ORDER BY id", 3},
      {"SELECT id, name, desttype, flag FROM destinationgroups ORDER BY id", 4},
      {"SELECT id, prefix, direction_code, subcode, name, destinationgroup_id FROM destinations ORDER BY id",
       6},
      {"SELECT id, name, currency FROM tariffs ORDER BY id", 3},
      {"SELECT id, tariff_id, destination_id, destinationgroup_id, min_time FROM rates ORDER BY id", 5},
      {"SELECT id, rate_id, \"from\", duration, artype, round, price FROM aratedetails ORDER BY id", 7}};
  for (const auto& [sql, columns] : tables) {
    store::Statement s = db.prepare(sql);
    while (s.step()) {
      for (int c = 0; c < columns; ++c) {
        out += s.is_null(c) ? "NULL" : s.str(c);
        out += '|';
      }
      out += '\n';
    }
  }
  return out;
}
}
;

}  // namespace kolmi::test
