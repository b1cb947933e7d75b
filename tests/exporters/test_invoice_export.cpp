// The invoice CSV (kolmi invoices export): MOR's invoice details, every row
// naming its invoice, money in the user's currency at the Nice_Number_Digits,
// the settings' separator and decimal mark; another user's invoice is
// exactly as missing as a missing one.
#include <catch2/catch.hpp>

#include <string>

#include "core/billing/invoice_generation.hpp"
#include "core/error.hpp"
#include "core/pages/page_context.hpp"
#include "exporters/invoice_export.hpp"
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
