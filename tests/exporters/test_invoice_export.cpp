// The invoice exports (kolmi invoices export): the CSV (MOR's invoice
// details, every row naming its invoice, money in the user's currency at the
// Nice_Number_Digits, the settings' separator and decimal mark), the PDF read
// back with pdftotext (the invoice row's totals, each rounded once, and the
// note when the rounded parts do not add up; the Russian decimal mark and
// words); another user's invoice is exactly as missing as a missing one.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "core/billing/invoice_generation.hpp"
#include "core/error.hpp"
#include "core/pages/page_context.hpp"
#include "exporters/invoice_export.hpp"
#include "pdf_tools.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

struct ExportFixture {
  test::TestDatabase t;
  std::int64_t ann = 0, bob = 0;
  ExportFixture() {
    t.add_currency({.name = "USD"});
    t.add_currency({.name = "EUR", .rate = "0.5"});
    t.db.exec("INSERT INTO destinationgroups (id, name, desttype) VALUES (1, 'Lithuania; mobile \"LT\"', 'MOB')");
    t.db.exec("INSERT INTO destinations (id, prefix, subcode, name, destinationgroup_id) VALUES (1, '3706', 'MOB', 'LT', 1)");
    ann = t.add_user({.login = "ann", .currency = "EUR", .time_zone = "Europe/Vilnius", .vat_percent = "20"});
    bob = t.add_user({.login = "bob", .currency = "USD"});
    for (std::int64_t user : {ann, bob}) {
      const std::int64_t id = t.add_call({.calldate = "2026-10-15 12:00:00",
                                          .user_id = user,
                                          .billsec = 90,
                                          .price = 1'234'567'891,
                                          .prefix = std::string("3706")});
      t.db.exec("UPDATE calls SET user_billsec = 120 WHERE id = " + std::to_string(id));
    }
    t.db.exec("INSERT INTO services (id, name, servicetype, price, periodtype) VALUES "
              "(1, 'Setup fee', 'one_time_fee', 10000000000, 'month')");
    t.db.exec("INSERT INTO subscriptions (service_id, user_id, activation_start, added) VALUES "
              "(1, 1, '2026-10-02 00:00:00', '2026-10-02 00:00:00')");
    billing::generate_invoices(t.db, {.period = "2026-10"}, t.clock);
  }
  std::string csv(std::int64_t user, std::int64_t invoice, exporters::CsvOptions csv_options = {}) {
    const store::User u = t.user(user);
    const pages::PageContext pc = pages::make_page_context(t.db, u, t.clock, pages::Lang::en);
    const exporters::InvoiceExport job(pc, invoice);
    std::string out;
    job.write([&](std::string_view bytes) { out += bytes; }, {.format = exporters::ExportFormat::csv, .csv = csv_options});
    return out;
  }
  // The PDF's text, as pdftotext -layout reads it.
  std::string pdf(std::int64_t user, std::int64_t invoice, pages::Lang lang) {
    const store::User u = t.user(user);
    const pages::PageContext pc = pages::make_page_context(t.db, u, t.clock, lang);
    exporters::InvoiceExport job(pc, invoice);
    const exporters::ExportOptions options{.format = exporters::ExportFormat::pdf};
    job.check_document(options);
    test::PdfFile file;
    job.write(file.sink(), options);
    file.close();
    REQUIRE(test::qpdf_check(file.path()) == 0);
    return test::run_command("pdftotext -q -layout -enc UTF-8 '" + file.path() + "' - 2>/dev/null").out;
  }
};

}  // namespace

TEST_CASE("an invoice CSV: its lines, then total, VAT and total with VAT, in the user's currency", "[exporters]") {
  ExportFixture f;
  // Ann's invoice (id 1) in EUR at 0.5 per USD: 0.6172839455 and 5, VAT 20 %.
  CHECK(f.csv(f.ann, 1) ==
        "Invoice;Period_start;Period_end;Name;Type;Quantity;Minutes;Price;Currency\r\n"
        "INV000001;2026-10-01 00:00:00;2026-10-31 23:59:59;\"Lithuania; mobile \"\"LT\"\" MOB\";calls;1;2.00;0.6173;EUR\r\n"
        "INV000001;2026-10-01 00:00:00;2026-10-31 23:59:59;Setup fee;one_time_fee;1;;5;EUR\r\n"
        "INV000001;2026-10-01 00:00:00;2026-10-31 23:59:59;Total;total;;;5.6173;EUR\r\n"
        "INV000001;2026-10-01 00:00:00;2026-10-31 23:59:59;VAT 20%;vat;;;1.1235;EUR\r\n"
        "INV000001;2026-10-01 00:00:00;2026-10-31 23:59:59;Total with VAT;total_with_vat;;;6.7407;EUR\r\n");
  CHECK(f.csv(f.bob, 2, {.separator = '\t', .decimal = ','}).find("\t1,2346\tUSD\r\n") != std::string::npos);
}

TEST_CASE("another user's invoice is not found, exactly like a missing one", "[exporters]") {
  ExportFixture f;
  auto message = [&](std::int64_t invoice) {
    try {
      f.csv(f.bob, invoice);
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::not_found);
      return std::string(e.what());
    }
    FAIL("exported invoice " << invoice);
    return std::string();
  };
  CHECK(message(1) == "no invoice 1 of yours");  // ann's
  CHECK(message(99) == "no invoice 99 of yours");
}

namespace {
bool has(const std::string& text, const std::string& re) {
  return std::regex_search(text, std::regex(re));
}
}  // namespace

TEST_CASE("an invoice PDF: its lines, and the invoice row's totals each rounded once, with a note", "[exporters]") {
  ExportFixture f;
  const std::string text = f.pdf(f.ann, 1, pages::Lang::en);
  INFO(text);
  CHECK(has(text, "Invoice INV000001"));
  CHECK(has(text, R"(Invoice number:\s+INV000001)"));
  CHECK(has(text, R"(Time zone:\s+Europe/Vilnius)"));
  CHECK(has(text, R"(Period:\s+1 October 2026, 00:00:00)"));
  // The lines: the group's calls (1 call, 120 s = 2.00 minutes), the fee.
  CHECK(has(text, R"(Lithuania; mobile "LT" MOB\s+Calls\s+1\s+2\.00\s+0\.6173)"));
  CHECK(has(text, R"(Setup fee\s+One-time fee\s+1\s+5\.0000)"));
  // Ann's invoice row in EUR: 5.6172839455, VAT 1.1234567891, 6.7407407346.
  CHECK(has(text, R"(Total without VAT\s+5\.6173\s*\n)"));
  CHECK(has(text, R"(\n\s*VAT 20[^\n]{1,3}%\s+1\.1235\s*\n)"));
  CHECK(has(text, R"(Total with VAT\s+6\.7407\s*\n)"));
  // 5.6173 + 1.1235 is 6.7408: the document says how it rounds (the lines
  // do add up to the total: no note of that).
  CHECK(has(text, R"(The total with VAT is the invoice's exact amount, rounded once; the rounded total and VAT add up to 6\.7408\.)"));
  CHECK_FALSE(has(text, "rounded lines"));
  CHECK(has(text, R"(Page 1/1)"));
}

TEST_CASE("an invoice PDF in Russian: a comma decimal mark and Russian words", "[exporters]") {
  ExportFixture f;
  const std::string text = f.pdf(f.ann, 1, pages::Lang::ru);
  INFO(text);
  CHECK(has(text, "Счёт INV000001"));
  CHECK(has(text, R"(Итого с НДС\s+6,7407\s*\n)"));
  CHECK(has(text, R"(Разовая плата\s+1\s+5,0000)"));
  CHECK(has(text, "1 октября 2026"));
  CHECK_FALSE(has(text, R"(6\.7407)"));
}

TEST_CASE("an invoice whose rounded parts add up has no rounding note", "[exporters]") {
  ExportFixture f;
  // Bob's invoice in USD, VAT 0: 1.2345678910 is the only line.
  const std::string text = f.pdf(f.bob, 2, pages::Lang::en);
  INFO(text);
  CHECK(has(text, R"(Total with VAT\s+1\.2346\s*\n)"));
  CHECK_FALSE(has(text, "rounded once"));
}
