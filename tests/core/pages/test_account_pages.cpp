// The account pages on a hand-built database (account_fixture.hpp): values,
// isolation between users, and the shape of the specification's examples.
#include <catch2/catch.hpp>

#include "core/output/xml_tree_writer.hpp"
#include "core/pages/billing_pages.hpp"
#include "core/pages/details_page.hpp"
#include "core/pages/devices_page.hpp"
#include "core/pages/phonebook_page.hpp"
#include "tests/core/pages/account_fixture.hpp"
#include "tests/support/xml_shape.hpp"

using namespace kolmi;
using kolmi::test::contains;

namespace {

std::string details(test::AccountFixture& f, std::int64_t id, pages::Lang lang = pages::Lang::en) {
  return f.render(
      id,
      [](pages::PageContext& pc, output::TreeWriter& w) {
        write_details_page(w, pc, load_details_page(pc));
      },
      lang);
}
std::string devices(test::AccountFixture& f, std::int64_t id) {
  return f.render(id, [](pages::PageContext& pc, output::TreeWriter& w) {
    write_devices_page(w, pc, load_devices_page(pc));
  });
}
std::string streamed(test::AccountFixture& f, std::int64_t id,
                     void (*page)(output::TreeWriter&, const pages::PageContext&),
                     pages::Lang lang = pages::Lang::en) {
  return f.render(
      id, [page](pages::PageContext& pc, output::TreeWriter& w) { page(w, pc); }, lang);
}

}  // namespace

TEST_CASE("details page shows the account, the person and the registration address", "[account]") {
  test::AccountFixture f;
  std::string xml = details(f, 1);
  CHECK(contains(xml,
                 "<pagename>Personal details</pagename>\n  <language>en</language>\n  <userid>1</userid>"));
  CHECK(contains(xml, "<alias>101</alias>"));  // extension of the first device by id
  CHECK(contains(xml,
                 "<account>Postpaid</account>\n      <balance>100 USD</balance>\n      "
                 "<credit>No Limit</credit>"));
  CHECK(contains(xml,
                 "<username>Andrey</username>\n      <surname>Mazunin</surname>\n      "
                 "<personalid>ID-7</personalid>\n      <agreement_number>AG-1</agreement_number>\n      "
                 "<agreement_date>2008-03-11</agreement_date>\n      "
                 "<taxation_country>Uzbekistan</taxation_country>\n      "
                 "<vat_reg_number>UZ123</vat_reg_number>\n      <vat_percent>18.0</vat_percent>"));
  CHECK(contains(xml,
                 "<reg_address>Address</reg_address>\n      <reg_postcode>700100</reg_postcode>\n      "
                 "<reg_city>Tashkent</reg_city>\n      <reg_country>Uzbekistan</reg_country>\n      "
                 "<reg_state></reg_state>\n      <reg_direction>Uzbekistan</reg_direction>\n      "
                 "<reg_phone>998975551234</reg_phone>\n      <reg_mobile>998975551235</reg_mobile>\n      "
                 "<reg_fax>998975551236</reg_fax>\n      <reg_email>admin@voip.com</reg_email>"));
  test::check_shape(xml, "details.xml");
}

TEST_CASE("details page of a user without address or devices keeps every element, empty", "[account]") {
  test::AccountFixture f;
  std::string xml = details(f, 3);
  CHECK(contains(xml, "<alias></alias>"));
  CHECK(contains(xml, "<agreement_date></agreement_date>"));
  CHECK(contains(xml, "<taxation_country></taxation_country>"));
  CHECK(contains(xml, "<vat_percent>0.0</vat_percent>"));
  CHECK(contains(xml, "<reg_direction></reg_direction>"));
  CHECK(contains(xml, "<reg_email></reg_email>"));
  CHECK(contains(xml, "<credit>0 USD</credit>"));
  test::check_shape(xml, "details.xml");
}

TEST_CASE("details page in Russian with money in the user's currency", "[account]") {
  test::AccountFixture f;
  f.db.exec("UPDATE users SET agreement_date = '2019-06-17 10:00:00' WHERE id = 2");
  std::string xml = details(f, 2, pages::Lang::ru);
  CHECK(contains(xml, "<pagename>Личные данные</pagename>"));
  CHECK(contains(xml, "<alias>201</alias>"));
  CHECK(contains(xml,
                 "<account>Предоплата</account>\n      <balance>9.2 EUR</balance>\n      "
                 "<credit>46 EUR</credit>"));
  CHECK(contains(xml, "<username>Иван</username>\n      <surname>Петров</surname>"));
  CHECK(contains(xml, "<agreement_date>2019-06-17</agreement_date>"));  // the day of a DATETIME
  CHECK(contains(xml, "<taxation_country>Bulgaria</taxation_country>"));
  CHECK(contains(xml, "<vat_percent>20.0</vat_percent>"));
  test::check_shape(xml, "details.xml");
}

TEST_CASE("devices page lists only the user's devices with local registration times", "[account]") {
  test::AccountFixture f;
  std::string xml = devices(f, 1);
  CHECK(contains(xml,
                 "<device>\n      <acc>10</acc>\n      <description>Test device 1</description>\n      "
                 "<type>IAX2</type>\n      <extension>101</extension>\n      <username>101</username>\n"
                 "      <password>s101</password>\n      <cid>&quot;101&quot; &lt;101&gt;</cid>\n      "
                 "<last_time_registered>2007-04-06 13:51:07</last_time_registered>"));
  CHECK(contains(xml, "<acc>11</acc>"));
  CHECK(contains(xml, "<last_time_registered></last_time_registered>"));  // device 11 never registered
  CHECK_FALSE(contains(xml, "<acc>20</acc>"));
  CHECK_FALSE(contains(xml, "s201"));
  test::check_shape(xml, "devices.xml");

  std::string other = devices(f, 2);  // Sofia is UTC+3 in April 2007
  CHECK(contains(other, "<last_time_registered>2007-04-06 11:51:07</last_time_registered>"));
  CHECK_FALSE(contains(other, "<acc>10</acc>"));
  CHECK(contains(devices(f, 3), "<devices>\n  </devices>"));
}

TEST_CASE("CallerIDs page: the user's devices and the CLIs of those devices only", "[account]") {
  test::AccountFixture f;
  std::string xml = streamed(f, 1, pages::write_clis_page);
  CHECK(contains(xml, "<pagename>CallerIDs</pagename>"));
  CHECK(contains(xml,
                 "<aval_devices>\n    <device id=\"10\">IAX2/101</device>\n    "
                 "<device id=\"11\">FAX/102</device>\n  </aval_devices>"));
  CHECK(contains(xml,
                 "<cli>\n      <cli_id>3</cli_id>\n      <device>IAX2/101</device>\n      "
                 "<device_icon>phone.png</device_icon>\n      <cli_name>5555555</cli_name>\n      "
                 "<cli_desc>Linus</cli_desc>\n      <added_at>2007-04-06 13:51:07</added_at>"));
  CHECK(contains(xml, "<device>FAX/102</device>\n      <device_icon>fax.png</device_icon>"));
  CHECK_FALSE(contains(xml, "9999999"));
  CHECK_FALSE(contains(xml, "SIP/201"));
  test::check_shape(xml, "clis.xml");
  CHECK(contains(streamed(f, 3, pages::write_clis_page),
                 "<aval_devices>\n  </aval_devices>\n  <clis>\n  </clis>"));
}

TEST_CASE("payments page: amounts in each payment's currency, VAT, local dates", "[account]") {
  test::AccountFixture f;
  std::string xml = streamed(f, 1, pages::write_payments_page);
  CHECK(contains(xml,
                 "<payment>\n      <payment_date>2008-03-10 05:41:31</payment_date>\n      "
                 "<confirmed_date>2008-03-10 08:42:00</confirmed_date>\n      "
                 "<payment_type>Manual</payment_type>\n      <amount>10</amount>\n      <vat>15.0</vat>\n"
                 "      <amount_vat>11.5</amount_vat>\n      <currency>USD</currency>\n      "
                 "<completed>Yes</completed>"));
  // Not converted: 20 EUR stays 20 EUR; never confirmed, not completed.
  CHECK(contains(xml,
                 "<confirmed_date></confirmed_date>\n      <payment_type>Paypal</payment_type>\n      "
                 "<amount>20</amount>\n      <vat>15.0</vat>\n      <amount_vat>23</amount_vat>\n      "
                 "<currency>EUR</currency>\n      <completed>No</completed>"));
  CHECK(contains(xml, "<amount>0.049</amount>"));  // Nice_Number_Digits 4, trailing zero trimmed
  CHECK_FALSE(contains(xml, "777"));
  test::check_shape(xml, "payments.xml");

  std::string ru = streamed(f, 2, pages::write_payments_page, pages::Lang::ru);
  CHECK(contains(ru, "<pagename>Платежи</pagename>"));
  CHECK(contains(ru, "<completed>Да</completed>"));
  CHECK(contains(ru, "<payment_date>2008-03-10 02:41:31</payment_date>"));  // Sofia, UTC+2 in March
  CHECK(contains(streamed(f, 3, pages::write_payments_page), "<payments>\n  </payments>"));
}

TEST_CASE("invoices page: the user's invoices in the user's currency", "[account]") {
  test::AccountFixture f;
  std::string xml = streamed(f, 1, pages::write_invoices_page);
  CHECK(contains(xml,
                 "<invoice>\n      <user>Andrey Mazunin</user>\n      <inv_number>INV1</inv_number>\n"
                 "      <period_start>2008-03-01 00:00:00</period_start>\n      "
                 "<period_end>2008-03-31 23:59:59</period_end>\n      "
                 "<issue_date>2008-04-01 08:00:00</issue_date>\n      <paid>Yes</paid>\n      "
                 "<paid_date>2008-04-02 10:00:00</paid_date>\n      <price>10</price>\n      "
                 "<vat>18.0</vat>\n      <price_vat>11.8</price_vat>"));
  // Bare dates stay dates; an unpaid invoice has an empty paid_date.
  CHECK(contains(xml, "<period_start>2008-04-01</period_start>\n      <period_end>2008-04-30</period_end>"));
  CHECK(contains(xml, "<paid>No</paid>\n      <paid_date></paid_date>\n      <price>2.5</price>"));
  CHECK_FALSE(contains(xml, "INV3"));
  test::check_shape(xml, "invoices.xml");

  std::string eur = streamed(f, 2, pages::write_invoices_page);
  CHECK(contains(eur, "<user>Иван Петров</user>"));
  CHECK(contains(eur, "<price>9.2</price>\n      <vat>20.0</vat>\n      <price_vat>11.04</price_vat>"));
  CHECK(contains(streamed(f, 3, pages::write_invoices_page), "<invoices>\n  </invoices>"));
}

TEST_CASE("subscriptions page: service, dates and price with the user's currency", "[account]") {
  test::AccountFixture f;
  std::string xml = streamed(f, 1, pages::write_subscriptions_page);
  CHECK(contains(xml, "<pagename>User subscriptions</pagename>"));
  CHECK(contains(xml,
                 "<subscription>\n      <service>Some useful service</service>\n      "
                 "<date_added>2008-03-10 08:42:00</date_added>\n      "
                 "<acivation_start>2008-03-10 08:42:00</acivation_start>\n      "
                 "<acivation_end></acivation_end>\n      <price>10 USD</price>"));
  CHECK_FALSE(contains(xml, "Служба"));
  test::check_shape(xml, "subscriptions.xml");

  std::string eur = streamed(f, 2, pages::write_subscriptions_page, pages::Lang::ru);
  CHECK(contains(eur, "<service>Служба</service>"));
  CHECK(contains(eur, "<acivation_end>2009-03-10 05:42:00</acivation_end>"));
  CHECK(contains(eur, "<price>2.3 EUR</price>"));  // 2.5 USD at 0.92
  CHECK(contains(streamed(f, 3, pages::write_subscriptions_page), "<subscriptions>\n  </subscriptions>"));
}

TEST_CASE("phonebook page: entries with their ids first, only the user's", "[account]") {
  test::AccountFixture f;
  std::string xml = streamed(f, 1, pages::write_phonebook_page);
  CHECK(contains(xml,
                 "<entry>\n      <entry_id>1</entry_id>\n      <entry_number>12015551234</entry_number>\n"
                 "      <entry_name>ExGirlfriend</entry_name>\n      "
                 "<entry_added>2008-03-01 15:44:05</entry_added>"));
  CHECK(xml.find("<entry_id>1</entry_id>") < xml.find("<entry_id>3</entry_id>"));
  CHECK_FALSE(contains(xml, "Мама"));
  test::check_shape(xml, "phonebook.xml", {"page/entries/entry/entry_id"});
  std::string ru = streamed(f, 2, pages::write_phonebook_page, pages::Lang::ru);
  CHECK(contains(ru, "<pagename>Телефонная книга</pagename>"));
  CHECK(contains(ru, "<entry_name>Мама</entry_name>"));
  CHECK(contains(streamed(f, 3, pages::write_phonebook_page), "<entries>\n  </entries>"));
}

TEST_CASE("payment types are capitalised, device icons follow the type", "[account]") {
  CHECK(pages::payment_type_text("manual") == "Manual");
  CHECK(pages::payment_type_text("PayPal") == "PayPal");
  CHECK(pages::payment_type_text("") == "");
  CHECK(pages::payment_type_text("ёж") == "ёж");
  CHECK(pages::device_icon("FAX") == "fax.png");
  CHECK(pages::device_icon("SIP") == "phone.png");
}
