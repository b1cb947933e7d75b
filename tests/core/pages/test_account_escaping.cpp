// Stored text reaches the account pages escaped and as well-formed UTF-8:
// XML's metacharacters become entities; control characters and invalid
// UTF-8 become U+FFFD; Cyrillic passes unchanged.
#include <catch2/catch.hpp>

#include "core/output/xml_tree_writer.hpp"
#include "core/pages/billing_pages.hpp"
#include "core/pages/details_page.hpp"
#include "core/pages/devices_page.hpp"
#include "core/pages/faxes_page.hpp"
#include "core/pages/phonebook_page.hpp"
#include "tests/core/pages/account_fixture.hpp"
#include "tests/support/xml_shape.hpp"

using namespace kolmi;
using kolmi::test::contains;

namespace {

constexpr std::string_view kTricky = "Tom & Jerry <\"Co\"> 'Ltd'";
constexpr std::string_view kTrickyEscaped = "Tom &amp; Jerry &lt;&quot;Co&quot;&gt; &apos;Ltd&apos;";
// A control character, a lone continuation byte and a truncated sequence.
constexpr std::string_view kBroken =
    "a\x01"
    "b\x80"
    "c\xd0";
constexpr std::string_view kBrokenShown =
    "a\xEF\xBF\xBD"
    "b\xEF\xBF\xBD"
    "c\xEF\xBF\xBD";

// User 4 (UTC) whose every text field holds trouble; device 40 is a fax.
void add_tricky_user(test::AccountFixture& f) {
  auto exec = [&](std::string_view sql, auto... values) {
    auto s = f.db.prepare(sql);
    s.bind_all(values...);
    s.run();
  };
  exec("INSERT INTO addresses (id, direction_id, city, address, email) VALUES (4, 2, ?, ?, ?)",
       std::string("Пловдив"), std::string(kTricky), std::string(kBroken));
  exec(
      "INSERT INTO users (id, username, password, first_name, last_name, clientid, vat_number, address_id, "
      "currency_id, time_zone) VALUES (4, 'tricky', 'x', ?, ?, ?, ?, 4, 1, 'UTC')",
      std::string(kTricky), std::string(kBroken), std::string("<id>"), std::string("\"VAT\""));
  exec(
      "INSERT INTO devices (id, name, secret, device_type, extension, callerid, user_id, description) "
      "VALUES (40, '401', ?, 'FAX', '401', ?, 4, ?)",
      std::string("p&ss<"), std::string("\"Jörg\" <401>"), std::string(kBroken));
  exec(
      "INSERT INTO callerids (id, cli, device_id, description, added_at) VALUES (40, '401', 40, ?, "
      "'2026-01-01 00:00:00')",
      std::string(kTricky));
  exec(
      "INSERT INTO phonebooks (id, user_id, number, name, added) VALUES (40, 4, ?, ?, '2026-01-01 00:00:00')",
      std::string("+1 <555>"), std::string(kTricky));
  exec(
      "INSERT INTO phonebooks (id, user_id, number, name, added) VALUES (41, 4, '7', ?, '2026-01-01 "
      "00:00:00')",
      std::string(kBroken));
  exec("INSERT INTO services (id, name, price) VALUES (40, ?, 0)", std::string(kTricky));
  f.db.exec("INSERT INTO subscriptions (service_id, user_id, added) VALUES (40, 4, '2026-01-01 00:00:00')");
  exec("INSERT INTO payments (user_id, paymenttype, currency, date_added) VALUES (4, ?, ?, '2026-01-01')",
       std::string("bank & <wire>"), std::string("U$D"));
  exec(
      "INSERT INTO invoices (user_id, number, period_start, period_end, issue_date) "
      "VALUES (4, ?, '2026-01-01', '2026-01-31', '2026-02-01 00:00:00')",
      std::string(kBroken));
  exec(
      "INSERT INTO pdffaxes (id, device_id, filename, receive_time, fax_sender, status) "
      "VALUES (400, 40, ?, '2026-11-28 08:00:00', ?, ?)",
      std::string(kTricky), std::string(kBroken), std::string("<odd>"));
}

using Produce = std::function<void(pages::PageContext&, output::TreeWriter&)>;

}  // namespace

// [sqlite]: stored invalid UTF-8 can only exist in SQLite; MariaDB's utf8mb4
// columns refuse it, so a MariaDB database never holds any.
TEST_CASE("account pages escape stored text and replace what XML forbids", "[account][sqlite]") {
  test::AccountFixture f;
  add_tricky_user(f);
  const std::vector<std::pair<std::string, Produce>> all = {
      {"details.xml", [](auto& pc, auto& w) { write_details_page(w, pc, load_details_page(pc)); }},
      {"devices.xml", [](auto& pc, auto& w) { write_devices_page(w, pc, load_devices_page(pc)); }},
      {"clis.xml", [](auto& pc, auto& w) { write_clis_page(w, pc); }},
      {"payments.xml", [](auto& pc, auto& w) { write_payments_page(w, pc); }},
      {"invoices.xml", [](auto& pc, auto& w) { write_invoices_page(w, pc); }},
      {"subscriptions.xml", [](auto& pc, auto& w) { write_subscriptions_page(w, pc); }},
      {"phonebook.xml", [](auto& pc, auto& w) { write_phonebook_page(w, pc); }},
      {"faxes.xml",
       [](auto& pc, auto& w) { write_faxes_page(w, pc, load_faxes_page(pc, pages::FaxesOptions{})); }},
  };
  std::string everything;
  for (const auto& [example, produce] : all) {
    std::string xml = f.render(4, produce);
    test::check_shape(xml, example, {"page/entries/entry/entry_id", "page/faxes/fax/fax_id"});  // parses too
    CHECK_FALSE(contains(xml, std::string(kBroken)));
    everything += xml;
  }
  CHECK(contains(everything, "<username>" + std::string(kTrickyEscaped) + "</username>"));  // details
  CHECK(contains(everything, "<surname>" + std::string(kBrokenShown) + "</surname>"));
  CHECK(contains(everything, "<personalid>&lt;id&gt;</personalid>"));
  CHECK(contains(everything, "<vat_reg_number>&quot;VAT&quot;</vat_reg_number>"));
  CHECK(contains(everything, "<reg_address>" + std::string(kTrickyEscaped) + "</reg_address>"));
  CHECK(contains(everything, "<reg_city>Пловдив</reg_city>"));
  CHECK(contains(everything, "<reg_email>" + std::string(kBrokenShown) + "</reg_email>"));
  CHECK(contains(everything, "<password>p&amp;ss&lt;</password>"));  // devices
  CHECK(contains(everything, "<cid>&quot;Jörg&quot; &lt;401&gt;</cid>"));
  CHECK(contains(everything, "<description>" + std::string(kBrokenShown) + "</description>"));
  CHECK(contains(everything, "<cli_desc>" + std::string(kTrickyEscaped) + "</cli_desc>"));  // clis
  CHECK(contains(everything, "<payment_type>Bank &amp; &lt;wire&gt;</payment_type>"));      // payments
  CHECK(contains(everything, "<currency>U$D</currency>"));
  CHECK(contains(everything, "<user>" + std::string(kTrickyEscaped) + " " + std::string(kBrokenShown) +
                                 "</user>"));  // invoices: the full name
  CHECK(contains(everything, "<inv_number>" + std::string(kBrokenShown) + "</inv_number>"));
  CHECK(contains(everything, "<service>" + std::string(kTrickyEscaped) + "</service>"));  // subscriptions
  CHECK(contains(everything, "<entry_number>+1 &lt;555&gt;</entry_number>\n      <entry_name>" +
                                 std::string(kTrickyEscaped) + "</entry_name>"));  // phonebook
  CHECK(contains(everything, "<entry_name>" + std::string(kBrokenShown) + "</entry_name>"));
  CHECK(contains(everything, "<filename>" + std::string(kTrickyEscaped) + "</filename>"));  // faxes
  CHECK(contains(everything, "<sender>" + std::string(kBrokenShown) + "</sender>"));
  CHECK(contains(everything, "<status>&lt;odd&gt;</status>"));
}
