// Invoice_Number_Format: the placeholders, and the templates refused.
#include <catch2/catch.hpp>

#include "core/text/number_template.hpp"

using namespace kolmi::text;

TEST_CASE("number templates make numbers", "[text]") {
  CHECK(format_number("INV{N:6}", 101, 2026, 10) == "INV000101");
  CHECK(format_number("{N}", 7, 2026, 10) == "7");
  CHECK(format_number("INV{YYYY}{MM}-{N:4}", 42, 2026, 3) == "INV202603-0042");
  CHECK(format_number("{N:2}", 12345, 2026, 3) == "12345");  // a width is a minimum
  CHECK(format_number("Счёт №{N}", 5, 2026, 3) == "Счёт №5");
}

TEST_CASE("number templates without exactly one sequence, or with other braces, are refused", "[text]") {
  CHECK_FALSE(number_template_problem("INV{N:6}"));
  CHECK_FALSE(number_template_problem("{YYYY}/{MM}/{N}"));
  for (const char* bad : {"INV", "{N}{N}", "{n}", "INV{N", "INV}{N}", "{N:0}", "{N:19}", "{N:}", "{DD}{N}", "{N:6x}"}) {
    INFO(bad);
    CHECK(number_template_problem(bad));
  }
  CHECK_THROWS_AS(format_number("INV", 1, 2026, 1), std::invalid_argument);
}
