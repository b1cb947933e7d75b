#include <catch2/catch.hpp>

#include <string>

#include "core/console/tariff_listing.hpp"
#include "core/output/tree_writers.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

TEST_CASE("tariff list: every tariff by name with its rates and users", "[console]") {
  test::TestDatabase db;
  db.db.exec(R"SQL(
    INSERT INTO tariffs (id, name, purpose, currency) VALUES
      (1, 'Retail', 'user', 'USD'), (2, 'Carrier A', 'provider', 'EUR'), (3, 'Empty', 'user', 'USD');
    INSERT INTO destinationgroups (id, name) VALUES (1, 'UK'), (2, 'LT');
    INSERT INTO rates (tariff_id, destinationgroup_id) VALUES (1, 1), (1, 2), (2, 1);
  )SQL");
  db.add_user({.id = 1, .login = "ann", .tariff_id = 1});
  db.add_user({.id = 2, .login = "bob", .tariff_id = 1});

  const auto tariffs = store::list_tariffs(db.db);
  REQUIRE(tariffs.size() == 3);
  CHECK(tariffs[0].name == "Carrier A");
  CHECK(tariffs[0].rates == 1);
  CHECK(tariffs[0].users == 0);
  CHECK(tariffs[2].name == "Retail");
  CHECK(tariffs[2].rates == 2);
  CHECK(tariffs[2].users == 2);

  std::string tsv;
  console::write_tariff_list(*output::make_tree_writer(output::Format::tsv, [&](std::string_view c) { tsv += c; }),
                             tariffs);
  CHECK(tsv ==
        "id\tname\tpurpose\tcurrency\trates\tusers\n"
        "2\tCarrier A\tprovider\tEUR\t1\t0\n"
        "3\tEmpty\tuser\tUSD\t0\t0\n"
        "1\tRetail\tuser\tUSD\t2\t2\n");
}
