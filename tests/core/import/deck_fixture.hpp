#pragma once
// A migrated in-memory database (USD and EUR) and helpers to import rate
// decks and destination lists from text or from tests/data/rating.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/import/deck_import.hpp"
#include "core/store/conflines.hpp"
#include "tests/support/scratch_dir.hpp"
#include "tests/support/test_database.hpp"

namespace kolmi::test {

inline std::string rating_data(std::string_view name) {
  return std::string(KOLMI_TEST_DATA_DIR) + "/rating/" + std::string(name);
}

struct DeckFixture : TestDatabase {
  DeckFixture() {
    store::set_confline(db, store::conf::kDefaultCurrency, "USD");
    add_currency({.name = "USD"});
    add_currency({.name = "EUR", .rate = "0.92"});
  }

  import::DeckImportSummary rates(const std::string& path, std::string_view tariff = "Retail",
                                  bool replace = false, bool dry_run = false) {
    import::RateImportOptions o;
    o.path = path;
    o.tariff = std::string(tariff);
    o.replace = replace;
    o.dry_run = dry_run;
    return import::import_rates_file(db, o);
  }
  import::DeckImportSummary rates_text(std::string_view csv, std::string_view tariff = "Retail",
                                       bool replace = false) {
    ScratchFile f(csv);
    return rates(f.path(), tariff, replace);
  }
  import::DeckImportSummary destinations(const std::string& path, bool dry_run = false) {
    import::DeckImportOptions o;
    o.path = path;
    o.dry_run = dry_run;
    return import::import_destinations_file(db, o);
  }
  import::DeckImportSummary destinations_text(std::string_view csv) {
    ScratchFile f(csv);
    return destinations(f.path());
  }

  // The message of a rates import of `csv` expected to fail with `code`;
  // "@" in it stands for the file's path.
  std::string rates_error(std::string_view csv, ExitCode code = ExitCode::action_failed) {
    ScratchFile f(csv);
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

  std::int64_t count(std::string_view sql) { return query_int(db, sql); }
  std::string text(std::string_view sql) { return query_text(db, sql); }
  // Every row of the tables an import writes: equal before and after means
  // "nothing changed".
  std::vector<std::string> dump() {
    return dump_tables(db, {"directions", "destinationgroups", "destinations", "tariffs", "rates", "aratedetails"});
  }
};

}  // namespace kolmi::test
