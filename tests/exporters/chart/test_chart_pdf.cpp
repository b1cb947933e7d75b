#include <catch2/catch.hpp>

#include <string>

#include "../pdf_tools.hpp"
#include "chart_fixture.hpp"
#include "exporters/chart/pdf_renderer.hpp"
#include "exporters/chart/stats_chart.hpp"
#include "exporters/chart/stats_chart_layout.hpp"

using namespace kolmi::exporters::chart;
using kolmi::pages::Lang;
using kolmi::test::PdfFile;
using kolmi::test::stats_page;

namespace {

void render(PdfFile& file, const kolmi::pages::StatsPage& page, const ChartInfo& info) {
  write_chart_pdf(layout_stats_chart(make_stats_chart(page), info), file.sink(), "");
  file.close();
}

}  // namespace

TEST_CASE("chart PDF: one A4 landscape page with the labels and the legend", "[chart][pdf]") {
  PdfFile file;
  render(file,
         stats_page({{"2026-11-01", 4, 2, 150}, {"2026-11-02", 0, 0, 0}, {"2026-11-03", 10, 10, 1800}}),
         {.full_name = "Andrey Mazunin", .zone = "Europe/Sofia"});
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  CHECK(kolmi::test::pdf_pages(file.path()) == 1);
  const std::string text = kolmi::test::pdf_text(file.path());
  for (const char* s : {"Detailed statistics", "Andrey Mazunin", "2026-11-01", "Europe/Sofia", "Calls per day",
                        "Minutes per day", "Calls", "Minutes", "ASR, %", "11-03", "100"}) {
    INFO(s);
    CHECK(text.find(s) != std::string::npos);
  }
  const auto info = kolmi::test::run_command("pdfinfo '" + file.path() + "' 2>/dev/null").out;
  CHECK(info.find("841.89 x 595.276 pts (A4)") != std::string::npos);
  CHECK(info.find("Title:           Detailed statistics — Andrey Mazunin") != std::string::npos);
}

TEST_CASE("chart PDF: Russian words, and an empty period", "[chart][pdf]") {
  PdfFile file;
  render(file, stats_page({}), {.full_name = "Андрей Мазунин", .zone = "Europe/Moscow", .lang = Lang::ru});
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const auto info = kolmi::test::run_command("pdfinfo '" + file.path() + "' 2>/dev/null").out;
  CHECK(info.find("Title:           Подробная статистика — Андрей Мазунин") != std::string::npos);
  const std::string text = kolmi::test::pdf_text(file.path());
  for (const char* s : {"Подробная статистика", "Андрей Мазунин", "Звонки по дням", "Минуты по дням",
                        "За этот период звонков нет"}) {
    INFO(s);
    CHECK(text.find(s) != std::string::npos);
  }
}
