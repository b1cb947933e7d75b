// The exports' default file names never lead outside the chosen folder.
#include <catch2/catch.hpp>

#include "exporters/file_names.hpp"

using namespace kolmi::exporters;

TEST_CASE("default file names are MOR's, with unsafe characters replaced", "[csv]") {
  CHECK(rates_file_name("demo", "EUR", ExportFormat::csv) == "Rates-Personal-demo-EUR.csv");
  CHECK(rates_file_name("demo", "USD", ExportFormat::pdf) == "Rates-Personal-demo-USD.pdf");
  CHECK(rates_file_name("demo", "USD", ExportFormat::xlsx) == "Rates-Personal-demo-USD.xlsx");
  CHECK(calls_file_name("demo", "2026-10-01 00:00:00", "2026-10-31 23:59:59", "USD", ExportFormat::csv) ==
        "Calls-demo-2026-10-01-2026-10-31-USD.csv");
  CHECK(rates_file_name("../../etc/passwd", "USD", ExportFormat::csv) ==
        "Rates-Personal-.._.._etc_passwd-USD.csv");
  CHECK(calls_file_name("a\\b c\n", "2026-10-01", "2026-10-31", "U/S", ExportFormat::pdf) ==
        "Calls-a_b_c_-2026-10-01-2026-10-31-U_S.pdf");
  CHECK(rates_file_name("Иван", "RUB", ExportFormat::csv) == "Rates-Personal-Иван-RUB.csv");
}

TEST_CASE("safe_name_part keeps no separator, control character or bare dots", "[csv]") {
  CHECK(safe_name_part("plain-name_1") == "plain-name_1");
  CHECK(safe_name_part("..") == "_");
  CHECK(safe_name_part(".") == "_");
  CHECK(safe_name_part("") == "_");
  CHECK(safe_name_part("a/b") == "a_b");
  CHECK(safe_name_part(std::string_view("x\0y\x7f", 4)) == "x_y_");
  CHECK(safe_name_part("...x") == "...x");
}
