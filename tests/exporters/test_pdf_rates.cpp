#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "exporters/pdf_exports.hpp"
#include "pdf_tools.hpp"

using kolmi::Decimal;
using kolmi::exporters::RatesExportInfo;
using kolmi::exporters::write_rates_pdf;
using kolmi::pages::PersonalRate;
using kolmi::test::PdfFile;

namespace {

PersonalRate rate(std::string name, std::string type, const char* value, const char* with_vat) {
  PersonalRate r;
  r.name = std::move(name);
  r.type = std::move(type);
  r.rate = *Decimal::parse(value);
  r.rate_with_vat = *Decimal::parse(with_vat);
  return r;
}

kolmi::exporters::RateRowSource source(const std::vector<PersonalRate>& rates) {
  return [&rates, i = std::size_t{0}](PersonalRate& row) mutable {
    if (i == rates.size()) return false;
    row = rates[i++];
    return true;
  };
}

RatesExportInfo info(kolmi::pages::Lang lang = kolmi::pages::Lang::en) {
  RatesExportInfo i;
  i.full_name = "Пётр Сидоров";
  i.tariff = "Стандарт €";
  i.currency = "RUB";
  i.digits = 4;
  i.lang = lang;
  return i;
}

}  // namespace

TEST_CASE("a rates PDF shows the title, the four columns and Unicode names", "[pdf]") {
  const std::vector<PersonalRate> rates{rate("Lithuania — mobile", "MOB", "0.049", "0.05929"),
                                        rate("Россия", "FIX", "1.5", "1.815"),
                                        rate("Premium ₽", "SPC", "10", "12.1")};
  PdfFile file;
  write_rates_pdf(info(), source(rates), file.sink(), {});
  file.close();
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  CHECK(kolmi::test::pdf_pages(file.path()) == 1);
  const std::string text = kolmi::test::pdf_text(file.path());
  for (const char* word : {"Personal rates — Пётр Сидоров", "Tariff: Стандарт €", "Currency: RUB", "Name",
                           "Type", "Rate with VAT", "Lithuania — mobile", "Россия", "Premium ₽", "1/1"}) {
    CHECK_THAT(text, Catch::Contains(word));
  }
  const std::string layout =
      kolmi::test::run_command("pdftotext -q -layout -enc UTF-8 '" + file.path() + "' - 2>/dev/null").out;
  CHECK(std::regex_search(layout, std::regex(R"(Lithuania — mobile\s+MOB\s+0\.049\s+0\.0593\s*\n)")));
  CHECK(std::regex_search(layout, std::regex(R"(Россия\s+FIX\s+1\.5\s+1\.815\s*\n)")));
  CHECK(std::regex_search(layout, std::regex(R"(Premium ₽\s+SPC\s+10\s+12\.1\s*\n)")));
  CHECK_THAT(layout, !Catch::Contains("Total"));
}

TEST_CASE("a rates PDF in Russian, and a user without a tariff", "[pdf]") {
  RatesExportInfo i = info(kolmi::pages::Lang::ru);
  i.tariff.clear();
  PdfFile file;
  write_rates_pdf(i, source({}), file.sink(), {});
  file.close();
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const std::string text = kolmi::test::pdf_text(file.path());
  for (const char* word :
       {"Персональные тарифы — Пётр Сидоров", "Тариф: —", "Валюта: RUB", "Название", "Тип", "Ставка с НДС"}) {
    CHECK_THAT(text, Catch::Contains(word));
  }
}

TEST_CASE("a long rate list spans pages, numbered page/total, header on each", "[pdf]") {
  std::vector<PersonalRate> rates;
  rates.reserve(150);
  for (int i = 0; i < 150; ++i)
    rates.push_back(rate("Group " + std::to_string(1000 + i), "FIX", "0.1", "0.121"));
  PdfFile file;
  write_rates_pdf(info(), source(rates), file.sink(), {});
  file.close();
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const int pages = kolmi::test::pdf_pages(file.path());
  REQUIRE(pages >= 2);
  for (int p = 1; p <= pages; ++p) {
    const std::string text = kolmi::test::pdf_text(file.path(), p, p);
    INFO("page " << p);
    CHECK_THAT(text, Catch::Contains("Rate with VAT"));
    CHECK_THAT(text, Catch::Contains(std::to_string(p) + "/" + std::to_string(pages)));
  }
  const std::string all = kolmi::test::pdf_text(file.path());
  CHECK_THAT(all, Catch::Contains("Group 1000"));
  CHECK_THAT(all, Catch::Contains("Group 1149"));
}
