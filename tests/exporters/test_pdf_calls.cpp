#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "core/error.hpp"
#include "exporters/pdf/font_locator.hpp"
#include "exporters/pdf_exports.hpp"
#include "pdf_tools.hpp"

using kolmi::Decimal;
using kolmi::exporters::CallExportRow;
using kolmi::exporters::CallsExportInfo;
using kolmi::exporters::PdfOptions;
using kolmi::exporters::write_calls_pdf;
using kolmi::test::PdfFile;

namespace {

// Owns the texts a CallExportRow points into.
struct Call {
  std::string date, from, to, destination, duration, cause, price_text;
  std::int64_t billsec = 0;
  std::optional<Decimal> price;
};

Call call(std::string to, std::string destination, std::int64_t billsec, const char* price,
          std::string cause = "Answered") {
  Call c;
  c.date = "2026-11-02 10:15:00";
  c.from = "37060000001";
  c.to = std::move(to);
  c.destination = std::move(destination);
  c.billsec = billsec;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(billsec / 3600),
                static_cast<long long>(billsec / 60 % 60), static_cast<long long>(billsec % 60));
  c.duration = buf;
  c.cause = std::move(cause);
  if (price != nullptr) {
    c.price = Decimal::parse(price);
    c.price_text = c.price->to_string(2);
  }
  return c;
}

kolmi::exporters::CallRowSource source(const std::vector<Call>& calls) {
  return [&calls, i = std::size_t{0}](CallExportRow& row) mutable {
    if (i == calls.size()) return false;
    const Call& c = calls[i++];
    row.date = c.date;
    row.called_from = c.from;
    row.called_to = c.to;
    row.destination = c.destination;
    row.billsec = c.billsec;
    row.duration = c.duration;
    row.hangup_cause = c.cause;
    row.price = c.price;
    row.price_text = c.price_text;
    return true;
  };
}

CallsExportInfo info(kolmi::pages::Lang lang = kolmi::pages::Lang::en) {
  CallsExportInfo i;
  i.full_name = "Иван Иванов";
  i.period_from = "2026-11-01 00:00:00";
  i.period_till = "2026-11-30 23:59:59";
  i.currency = "EUR";
  i.digits = 2;
  i.lang = lang;
  return i;
}

void render(PdfFile& file, const CallsExportInfo& i, const std::vector<Call>& calls,
            const PdfOptions& options = {}) {
  write_calls_pdf(i, source(calls), file.sink(), options);
  file.close();
}

// pdftotext -layout of pages first..last (0: to the end).
std::string layout_text(const PdfFile& file, int first = 1, int last = 0) {
  std::string cmd = "pdftotext -q -layout -enc UTF-8 -f " + std::to_string(first);
  if (last > 0) cmd += " -l " + std::to_string(last);
  return kolmi::test::run_command(cmd + " '" + file.path() + "' - 2>/dev/null").out;
}

bool has(const std::string& text, const char* pattern) {
  return std::regex_search(text, std::regex(pattern));
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a calls PDF shows the title, the facts, Unicode text and the Total row", "[pdf]") {
  // Three prices of 0.005: each row shows 0.01 (rounded half away from
  // zero, always 2 decimals), the exact total 0.015 rounds once to 0.02
  // (not 0.03).
  const std::vector<Call> calls{
      call("37069999991", "Россия — мобильные ₽", 360000, "0.005"),
      call("37069999992", "Premium € line", 61, "0.005"),
      call("37069999993", "Lithuania", 0, "0.005", "No Answer"), call("37069999994", "Unrated", 5, nullptr)};
  PdfFile file;
  render(file, info(), calls);
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const std::string text = kolmi::test::pdf_text(file.path());
  // The title, and again in the footer.
  CHECK(count_of(text, "Call list — Иван Иванов") == 2);
  CHECK_THAT(text, Catch::Contains("Customer"));
  CHECK_THAT(text, Catch::Contains("Россия — мобильные ₽"));
  CHECK_THAT(text, Catch::Contains("Premium € line"));
  CHECK_THAT(text, Catch::Contains("No Answer"));
  CHECK_THAT(text, Catch::Contains("100:00:00"));
  for (const char* heading :
       {"Date", "Called from", "Called to", "Destination", "Duration", "Hangup cause", "Price"}) {
    CHECK_THAT(text, Catch::Contains(heading));
  }
  const std::string layout = layout_text(file);
  INFO(layout);
  // The period with month words, the currency.
  CHECK(has(layout, R"(Period:[\s\S]*1 November 2026, 00:00:00 —[\s\S]*30 November 2026, 23:59:59)"));
  CHECK(has(layout, R"(Currency:\s+EUR)"));
  CHECK(has(layout, R"(Time zone:)"));
  // Prices with the document's 2 decimals; an unrated call shows none.
  CHECK(has(layout, R"(Россия — мобильные ₽\s+100:00:00\s+Answered\s+0\.01\s*\n)"));
  CHECK(has(layout, R"(Lithuania\s+00:00:00\s+No Answer\s+0\.01\s*\n)"));
  CHECK(has(layout, R"(Unrated\s+00:00:05\s+Answered\s*\n)"));
  // The Total row: total talk time (hours past 99) and the exact total.
  CHECK(has(layout, R"(Total\s+100:01:06\s+0\.02\s*\n)"));
  CHECK(has(layout, R"(Page 1/1\s*\n)"));
  // Without a breakdown there is no summary block.
  CHECK_THAT(layout, !Catch::Contains("Summary"));
  CHECK(kolmi::test::pdf_pages(file.path()) == 1);
}

TEST_CASE("a calls PDF has the letterhead, the summary with VAT and the rounding note", "[pdf]") {
  using kolmi::pages::CallsBreakdown;
  using kolmi::pages::DestinationSpend;
  CallsExportInfo i = info();
  i.document.issuer.company = "Kolmi Telecom UAB";
  i.document.issuer.address = {"Gedimino pr. 1", "LT-01103 Vilnius"};
  i.document.issuer.vat_number = "LT100001234567";
  i.document.issuer.email = "billing@kolmi.example";
  i.document.customer.name = "Иван Иванов";
  i.document.customer.account = 42;
  i.document.customer.address = {"Laisvės al. 10", "44240 Kaunas"};
  i.document.customer.vat_number = "LT999";
  i.document.customer.vat_percent = Decimal::from_units(18);
  i.document.issue_date = "2026-11-28";
  i.document.time_zone = "Europe/Vilnius";
  // Exact total 10.005: without VAT 10.01 (rounded once), VAT 18 % of it
  // 1.8018 -> 1.80, with VAT 11.81; the rows' rounded prices add up to 10.02.
  CallsBreakdown b;
  b.totals.calls = 9;
  b.totals.answered = 7;
  b.totals.billsec = 3661;
  b.totals.unrated = 1;
  b.totals.price = *Decimal::parse("10.005");
  b.rounded_rows = *Decimal::parse("10.02");
  const char* names[] = {"Россия", "Premium € line", "D3", "D4", "D5", "D6"};
  const char* prices[] = {"7.5", "2.495", "0.004", "0.003", "0.002", "0.001"};
  for (int k = 0; k < 6; ++k) b.destinations.push_back({names[k], 1, 60, *Decimal::parse(prices[k])});
  b.destinations.push_back({"Free", 1, 60, Decimal{}});
  i.breakdown = b;
  PdfFile file;
  render(file, i, {});
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const std::string layout = layout_text(file);
  INFO(layout);
  for (const char* text : {"Kolmi Telecom UAB", "Gedimino pr. 1", "LT-01103 Vilnius", "VAT number: LT100001234567",
                           "E-mail: billing@kolmi.example", "Account: 42", "Laisvės al. 10", "44240 Kaunas",
                           "VAT number: LT999", "Summary", "Top destinations by spend"}) {
    CHECK_THAT(layout, Catch::Contains(text));
  }
  CHECK(has(layout, R"(Issue date:\s+28 November 2026)"));
  CHECK(has(layout, R"(Time zone:\s+Europe/Vilnius)"));
  CHECK(has(layout, R"(Calls\s+9\s)"));
  CHECK(has(layout, R"(Answered calls\s+7\s)"));
  CHECK(has(layout, R"(Talk time\s+1:01:01\s)"));
  CHECK(has(layout, R"(Calls, not rated\s+1\s)"));
  CHECK(has(layout, R"(Total without VAT, EUR\s+10\.01\s*\n)"));
  CHECK(has(layout, R"(VAT 18.{1,3}%\s+1\.80\s*\n)"));
  CHECK(has(layout, R"(Total with VAT, EUR\s+11\.81\s*\n)"));
  // The five largest spends, each rounded once; none without spend.
  CHECK(has(layout, R"(Россия\s+1\s+0:01:00\s+7\.50\s*\n)"));
  CHECK(has(layout, R"(Premium € line\s+1\s+0:01:00\s+2\.50\s*\n)"));  // 2.495
  CHECK(has(layout, R"(D5\s+1\s+0:01:00\s+0\.00\s*\n)"));
  CHECK_THAT(layout, !Catch::Contains("D6"));
  CHECK_THAT(layout, !Catch::Contains("Free"));
  // The rounding note: in the summary and under the Total row.
  CHECK(count_of(layout, "the rounded prices of the rows add up to 10.02.") == 2);
  // Metadata.
  const std::string meta = kolmi::test::run_command("pdfinfo '" + file.path() + "' 2>/dev/null").out;
  CHECK(has(meta, R"(Title:\s+Call list — Иван Иванов\n)"));
  CHECK(has(meta, R"(Author:\s+Kolmi Telecom UAB\n)"));
  CHECK(has(meta, R"(Subject:\s+Call list — Иван Иванов, 2026-11-01 00:00:00 — 2026-11-30 23:59:59 \(Europe/Vilnius\)\n)"));
  CHECK(has(meta, R"(Creator:\s+kolmi\n)"));

  // When the rows add up to the total, there is no note.
  i.breakdown->rounded_rows = *Decimal::parse("10.01");
  PdfFile same;
  render(same, i, {});
  CHECK_THAT(layout_text(same), !Catch::Contains("add up to"));
}

TEST_CASE("a calls PDF in Russian translates headings and labels", "[pdf]") {
  const std::vector<Call> calls{call("37069999991", "Литва", 65, "1.5", "Отвечен")};
  PdfFile file;
  render(file, info(kolmi::pages::Lang::ru), calls);
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const std::string text = kolmi::test::pdf_text(file.path());
  for (const char* word : {"Список звонков — Иван Иванов", "Клиент", "Дата выставления:", "Период:", "Часовой пояс:",
                           "Валюта:", "EUR", "Дата", "Откуда", "Куда", "Направление", "Длительность", "Результат",
                           "Цена", "Итого", "Отвечен", "Страница 1/1"}) {
    CHECK_THAT(text, Catch::Contains(word));
  }
  CHECK_THAT(text, !Catch::Contains("Total"));
  CHECK_THAT(text, !Catch::Contains("Page"));
  // Month words and the decimal comma.
  const std::string layout = layout_text(file);
  INFO(layout);
  CHECK(has(layout, R"(Период:[\s\S]*1 ноября 2026, 00:00:00 —[\s\S]*30 ноября 2026, 23:59:59)"));
  CHECK(has(layout, R"(Литва\s+00:01:05\s+Отвечен\s+1,50\s*\n)"));
  CHECK(has(layout, R"(Итого\s+00:01:05\s+1,50\s*\n)"));
  CHECK_THAT(layout, !Catch::Contains("1.50"));
}

TEST_CASE("a long call list spans pages with a header and a footer on each", "[pdf]") {
  std::vector<Call> calls;
  calls.reserve(200);
  for (int i = 0; i < 200; ++i)
    calls.push_back(call("3706" + std::to_string(1000000 + i), "Lithuania", 60, "0.10"));
  PdfFile file;
  render(file, info(), calls);
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const int pages = kolmi::test::pdf_pages(file.path());
  REQUIRE(pages >= 3);
  REQUIRE(pages <= 5);
  for (int p = 1; p <= pages; ++p) {
    const std::string text = kolmi::test::pdf_text(file.path(), p, p);
    INFO("page " << p);
    CHECK_THAT(text, Catch::Contains("Called from"));
    CHECK_THAT(text, Catch::Contains("Hangup cause"));
    CHECK_THAT(text, Catch::Contains("Page " + std::to_string(p) + "/" + std::to_string(pages)));
    // The footer names the document on every page; the letterhead (the
    // title and the customer block) is on the first page only.
    CHECK(count_of(text, "Call list — Иван Иванов") == (p == 1 ? 2u : 1u));
    CHECK((text.find("Customer") != std::string::npos) == (p == 1));
  }
  // Every row is there, once, and the total of 200 x 60 s and 200 x 0.10.
  const std::string all = kolmi::test::pdf_text(file.path());
  for (int i = 0; i < 200; ++i) {
    const std::string to = "3706" + std::to_string(1000000 + i);
    INFO(to);
    CHECK(all.find(to) != std::string::npos);
    CHECK(all.find(to) == all.rfind(to));
  }
  const std::string last = layout_text(file, pages, pages);
  CHECK(has(last, R"(Total\s+03:20:00\s+20\.00\s*\n)"));
}

TEST_CASE("a very long destination is shortened with an ellipsis inside its column", "[pdf]") {
  const std::string long_name =
      "Averyveryverylongdestinationnamethatcannotpossiblyfitintoitscolumn" + std::string(200, 'x');
  const std::vector<Call> calls{call("37069999991", long_name, 4242, "3.25")};
  PdfFile file;
  render(file, info(), calls);
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const std::string text = kolmi::test::pdf_text(file.path());
  CHECK_THAT(text, !Catch::Contains(long_name));
  // The words with their boxes: the shortened name lies between the called
  // number and the duration, which are whole (numbers are never cut).
  const std::string boxes =
      kolmi::test::run_command("pdftotext -q -bbox -enc UTF-8 '" + file.path() + "' - 2>/dev/null").out;
  const auto box_of = [&](const std::string& word_re) {
    std::smatch m;
    REQUIRE(std::regex_search(
        boxes, m,
        std::regex(R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">()re" + word_re +
                   R"re()</word>)re")));
    return std::tuple<double, double, std::string>{std::stod(m[1]), std::stod(m[2]), m[3]};
  };
  const auto [name_min, name_max, shown] = box_of("Averyvery[^<]*");
  INFO(shown);
  CHECK(shown.size() > 20);
  CHECK(shown.substr(shown.size() - 3) == "\u2026");
  CHECK(long_name.compare(0, shown.size() - 3, shown, 0, shown.size() - 3) == 0);
  const auto [to_min, to_max, to] = box_of("37069999991");
  const auto [duration_min, duration_max, duration] = box_of("01:10:42");
  CHECK(to_max < name_min);
  CHECK(name_max < duration_min);
  CHECK(duration_max < 559.3);  // inside the right margin
  CHECK_THAT(text, Catch::Contains("3.25"));
}

TEST_CASE("column widths come from the rows: a long duration widens its column", "[pdf]") {
  // 4,000,000,000 s is 1111111:06:40: among the rows the widths are
  // measured on, so its column is made wide enough.
  const std::vector<Call> calls{call("37069999991", "Lithuania", 4'000'000'000, "123456.78")};
  PdfFile file;
  render(file, info(), calls);
  const std::string layout = layout_text(file);
  INFO(layout);
  CHECK(has(layout, R"(Lithuania\s+1111111:06:40\s+Answered\s+123456\.78\s*\n)"));
  CHECK(has(layout, R"(Total\s+1111111:06:40\s+123456\.78\s*\n)"));
  CHECK_THAT(layout, !Catch::Contains("\u2026"));
}

TEST_CASE("a later row wider than its column is shortened, the Total uses the blank cells beside it", "[pdf]") {
  // The widths are fixed on the first 1000 rows; a 4,000,000,000 s call
  // after them is wider than the Duration column: the row shortens it, the
  // Total row (blank Destination beside it) does not.
  std::vector<Call> calls(1000, call("37069999991", "Lithuania", 60, "0.01"));
  calls.push_back(call("37069999992", "Lithuania", 4'000'000'000, "0.10"));
  PdfFile file;
  render(file, info(), calls);
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const int pages = kolmi::test::pdf_pages(file.path());
  const std::string last = layout_text(file, pages, pages);
  INFO(last);
  CHECK(has(last, R"(37069999992\s+Lithuania\s+1111[0-9:]*…\s+Answered\s+0\.10\s*\n)"));
  // 4,000,000,000 + 1000 x 60 s; 1000 x 0.01 + 0.10.
  CHECK(has(last, R"(Total\s+1111127:46:40\s+10\.10\s*\n)"));
}

TEST_CASE("an empty call list still makes a one-page PDF with a zero Total", "[pdf]") {
  PdfFile file;
  std::int64_t progress = -1;
  PdfOptions options;
  options.progress = [&](std::int64_t rows) { progress = rows; };
  render(file, info(), {}, options);
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  CHECK(kolmi::test::pdf_pages(file.path()) == 1);
  const std::string layout = layout_text(file);
  CHECK(has(layout, R"(Total\s+00:00:00\s+0\.00\s*\n)"));
  CHECK_THAT(layout, Catch::Contains("Call list — Иван Иванов"));
  CHECK(has(layout, R"(Page 1/1\s*\n)"));
  CHECK(progress == 0);
}

TEST_CASE("the PDF page tree has intermediate nodes, so it can pass 32,767 pages", "[pdf]") {
  // libharu's default hangs every page under the root (at most 32,767
  // kids); HPDF_SetPagesConfiguration adds a level of /Pages nodes.
  PdfFile file;
  render(file, info(), {call("37069999991", "Lithuania", 1, "1")});
  const std::string bytes = file.bytes();
  std::size_t nodes = 0;
  for (auto at = bytes.find("/Type /Pages"); at != std::string::npos; at = bytes.find("/Type /Pages", at + 1))
    ++nodes;
  CHECK(nodes == 2);
  CHECK(bytes.find("/FlateDecode") != std::string::npos);  // compressed
}

TEST_CASE("a missing or unusable font is a storage error naming it", "[pdf]") {
  PdfFile file;
  PdfOptions options;
  options.font_path = "/nonexistent-kolmi-dir/NoSuchFont.ttf";
  try {
    write_calls_pdf(info(), source({}), file.sink(), options);
    FAIL("no error");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::storage);
    CHECK_THAT(e.what(), Catch::Contains("/nonexistent-kolmi-dir/NoSuchFont.ttf"));
  }
  // Not a font at all: refused before libharu (2.3 crashes on such files).
  options.font_path = file.path();
  file.close();
  { std::ofstream(file.path()) << "not a font, but long enough to have a header"; }
  try {
    write_calls_pdf(
        info(), source({}), [](std::string_view) {}, options);
    FAIL("no error");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::storage);
    CHECK(std::string(e.what()) == "font file " + file.path() + ": not a TrueType font");
  }
}

TEST_CASE("a font libharu rejects is a storage error with libharu's code", "[pdf]") {
  // DejaVu Sans with its 'OS/2' table renamed: the file looks sound, but
  // libharu needs that table (HPDF_TTF_MISSING_TABLE).
  std::ifstream in(kolmi::exporters::pdf::locate_font(""), std::ios::binary);
  std::string font((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto tables = static_cast<std::size_t>(static_cast<unsigned char>(font[4]) << 8 |
                                               static_cast<unsigned char>(font[5]));
  bool renamed = false;
  for (std::size_t t = 0; t < tables; ++t) {
    if (font.compare(12 + 16 * t, 4, "OS/2") == 0) {
      font[12 + 16 * t + 3] = 'x';
      renamed = true;
    }
  }
  REQUIRE(renamed);
  PdfFile file;
  PdfOptions options;
  options.font_path = file.path() + ".ttf";
  { std::ofstream(options.font_path, std::ios::binary) << font; }
  try {
    write_calls_pdf(
        info(), source({}), [](std::string_view) {}, options);
    std::remove(options.font_path.c_str());
    FAIL("no error");
  } catch (const kolmi::Error& e) {
    std::remove(options.font_path.c_str());
    CHECK(e.code() == kolmi::ExitCode::storage);
    CHECK_THAT(e.what(), Catch::Contains(options.font_path));
    CHECK_THAT(e.what(), Catch::Contains("libharu error 0x1060"));
  }
}

TEST_CASE("a failing sink stops the PDF export with its own error", "[pdf]") {
  const std::vector<Call> calls{call("37069999991", "Lithuania", 1, "1")};
  CHECK_THROWS_WITH(write_calls_pdf(info(), source(calls),
                                    [](std::string_view) { throw kolmi::storage_error("disk is full"); }, {}),
                    "disk is full");
}

// Hidden (run by hand: kolmi_tests "[pdf-slow]", best in a Release build): about
// 2.3 million rows, past libharu's default limit of 32,767 pages.
TEST_CASE("a calls PDF of more than 32,767 pages", "[.pdf-slow]") {
  constexpr long kRows = 2'300'000;
  long i = 0;
  char to[32];
  auto rows = [&](CallExportRow& row) {
    if (i == kRows) return false;
    std::snprintf(to, sizeof to, "3706%07ld", i++);
    row.date = "2026-11-02 10:15:00";
    row.called_from = "37060000001";
    row.called_to = to;
    row.destination = "Lithuania";
    row.billsec = 60;
    row.duration = "00:01:00";
    row.hangup_cause = "Answered";
    row.price = Decimal::from_units(1);
    row.price_text = "1";
    return true;
  };
  PdfFile file;
  write_calls_pdf(info(), rows, file.sink(), {});
  file.close();
  CHECK(kolmi::test::qpdf_check(file.path()) == 0);
  const int pages = kolmi::test::pdf_pages(file.path());
  CHECK(pages > 32767);
  CHECK_THAT(kolmi::test::pdf_text(file.path(), 32768, 32768),
             Catch::Contains("Page 32768/" + std::to_string(pages)));
  CHECK_THAT(kolmi::test::pdf_text(file.path(), pages, pages), Catch::Contains("Total"));
}
