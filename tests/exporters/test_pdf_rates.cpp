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
  i.document.customer.name = "Пётр Сидоров";
  i.document.customer.account = 7;
  i.document.customer.vat_percent = Decimal::from_units(21);
  i.document.issue_date = "2026-11-28";
  return i;
}

}  // namespace

TEST_CASE("a rates PDF shows the title, the facts, the four columns and Unicode names", "[pdf]") {
  const std::vector<PersonalRate> rates{rate("Lithuania — mobile", "MOB", "0.049", "0.05929"),
                                        rate("Россия", "FIX", "1.5", "1.815"),
                                        rate("Premium ₽", "SPC", "10", "12.1")};
  PdfFile file;
  write_rates_pdf(info(), source(rates), file.sink(), {});
  file.close();
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  CHECK(kolmi::test::pdf_pages(file.path()) == 1);
  const std::string text = kolmi::test::pdf_text(file.path());
  for (const char* word : {"Personal rates — Пётр Сидоров", "Customer", "Account: 7", "Name", "Type",
                           "Rates are per minute.", "Lithuania — mobile", "Россия", "Premium ₽", "Page 1/1"}) {
    CHECK_THAT(text, Catch::Contains(word));
  }
  const std::string layout =
      kolmi::test::run_command("pdftotext -q -layout -enc UTF-8 '" + file.path() + "' - 2>/dev/null").out;
  INFO(layout);
  CHECK(std::regex_search(layout, std::regex(R"(Issue date:\s+28 November 2026)")));
  CHECK(std::regex_search(layout, std::regex(R"(Tariff:\s+Стандарт €)")));
  CHECK(std::regex_search(layout, std::regex(R"(Currency:\s+RUB)")));
  CHECK(std::regex_search(layout, std::regex(R"(VAT:\s+21.{1,3}%)")));
  // The headings say per minute and the VAT percent.
  CHECK(std::regex_search(layout, std::regex(R"(Rate, RUB/min\s+Rate with VAT 21.{1,3}%, RUB/min)")));
  // Every rate with the document's 4 decimals.
  CHECK(std::regex_search(layout, std::regex(R"(Lithuania — mobile\s+MOB\s+0\.0490\s+0\.0593\s*\n)")));
  CHECK(std::regex_search(layout, std::regex(R"(Россия\s+FIX\s+1\.5000\s+1\.8150\s*\n)")));
  CHECK(std::regex_search(layout, std::regex(R"(Premium ₽\s+SPC\s+10\.0000\s+12\.1000\s*\n)")));
  CHECK_THAT(layout, !Catch::Contains("Total"));
  const std::string meta = kolmi::test::run_command("pdfinfo '" + file.path() + "' 2>/dev/null").out;
  CHECK(std::regex_search(meta, std::regex(R"(Title:\s+Personal rates — Пётр Сидоров\n)")));
  CHECK(std::regex_search(meta, std::regex(R"(Subject:\s+Personal rates — Пётр Сидоров \(RUB\)\n)")));
}

TEST_CASE("a rates PDF in Russian, and a user without a tariff", "[pdf]") {
  RatesExportInfo i = info(kolmi::pages::Lang::ru);
  i.tariff.clear();
  PdfFile file;
  const std::vector<PersonalRate> rates{rate("Литва", "MOB", "0.049", "0.05929")};
  write_rates_pdf(i, source(rates), file.sink(), {});
  file.close();
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const std::string text = kolmi::test::pdf_text(file.path());
  for (const char* word : {"Персональные тарифы — Пётр Сидоров", "Клиент", "Лицевой счёт: 7", "Название", "Тип",
                           "Ставка с НДС", "Ставки указаны за минуту.", "Страница 1/1"}) {
    CHECK_THAT(text, Catch::Contains(word));
  }
  const std::string layout =
      kolmi::test::run_command("pdftotext -q -layout -enc UTF-8 '" + file.path() + "' - 2>/dev/null").out;
  INFO(layout);
  CHECK(std::regex_search(layout, std::regex(R"(Тариф:\s+—)")));
  CHECK(std::regex_search(layout, std::regex(R"(Валюта:\s+RUB)")));
  CHECK(std::regex_search(layout, std::regex(R"(Дата выставления:\s+28 ноября 2026)")));
  // The decimal comma, in the rates and the VAT percent.
  CHECK(std::regex_search(layout, std::regex(R"(Литва\s+MOB\s+0,0490\s+0,0593\s*\n)")));
  CHECK_THAT(layout, !Catch::Contains("0.0490"));
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
    CHECK_THAT(text, Catch::Contains("Page " + std::to_string(p) + "/" + std::to_string(pages)));
    // The footer names the document on every page.
    CHECK_THAT(text, Catch::Contains("Personal rates — Пётр Сидоров"));
    CHECK((text.find("Customer") != std::string::npos) == (p == 1));
  }
  const std::string all = kolmi::test::pdf_text(file.path());
  CHECK_THAT(all, Catch::Contains("Group 1000"));
  CHECK_THAT(all, Catch::Contains("Group 1149"));
}
