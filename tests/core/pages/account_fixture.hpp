#pragma once
// A small database for the account pages, built by hand. "Now" is
// 2026-11-28 09:30 UTC.
//   user 1 Andrey Mazunin: Asia/Tashkent (UTC+5), USD, postpaid without
//          limit, VAT 18, address 1 in Uzbekistan; devices 10 (IAX2/101)
//          and 11 (FAX/102).
//   user 2 Иван Петров: Europe/Sofia (UTC+2 in November), EUR (0.92),
//          prepaid, Russian, no address; device 20 (SIP/201).
//   user 3 Empty: UTC, no devices and nothing else.
// Every list of user 2 holds rows that must never show on user 1's pages.
#include <functional>
#include <string>

#include "core/output/xml_tree_writer.hpp"
#include "tests/support/text_checks.hpp"
#include "core/pages/page_context.hpp"
#include "core/store/schema.hpp"
#include "core/store/users.hpp"
#include "core/time/datetime.hpp"
#include "core/xml/xml_writer.hpp"

namespace kolmi::test {

struct AccountFixture {
  store::Database db = store::Database::open_memory();
  FixedClock clock{*parse_utc("2026-11-28 09:30:00")};

  AccountFixture() {
    store::migrate(db);
    db.exec(R"SQL(
      INSERT INTO currencies (id, name, exchange_rate) VALUES (1, 'USD', 1000000000), (2, 'EUR', 920000000);
      INSERT INTO directions (id, name, code) VALUES (1, 'Uzbekistan', 'UZB'), (2, 'Bulgaria', 'BGR');
      INSERT INTO addresses (id, direction_id, state, county, city, postcode, address, phone, mob_phone, fax, email)
        VALUES (1, 1, '', 'Uzbekistan', 'Tashkent', '700100', 'Address', '998975551234', '998975551235',
                '998975551236', 'admin@voip.com');
      INSERT INTO users (id, username, password, first_name, last_name, balance, credit, postpaid, clientid,
                         agreement_number, agreement_date, language, taxation_country, vat_number, vat_percent,
                         address_id, currency_id, time_zone)
        VALUES (1, 'andrey', 'x', 'Andrey', 'Mazunin', 100000000000, -1000000000, 1, 'ID-7', 'AG-1',
                '2008-03-11', 'en', 1, 'UZ123', 18000000000, 1, 1, 'Asia/Tashkent'),
               (2, 'ivan', 'x', 'Иван', 'Петров', 10000000000, 50000000000, 0, '', '', NULL, 'ru', 2, '',
                20000000000, NULL, 2, 'Europe/Sofia'),
               (3, 'empty', 'x', 'Empty', '', 0, 0, 1, '', '', NULL, 'en', NULL, '', 0, NULL, 1, 'UTC');
      -- regseconds 1175849467 = 2007-04-06 13:51:07 in Tashkent.
      INSERT INTO devices (id, name, secret, device_type, extension, callerid, user_id, description, regseconds)
        VALUES (10, '101', 's101', 'IAX2', '101', '"101" <101>', 1, 'Test device 1', 1175849467),
               (11, '102', 's102', 'FAX', '102', '"102" <102>', 1, 'Test FAX device', 0),
               (20, '201', 's201', 'SIP', '201', '"Иван" <201>', 2, 'Офис', 1175849467);
      INSERT INTO payments (id, user_id, paymenttype, amount, currency, date_added, shipped_at, completed,
                            vat_percent, tax)
        VALUES (1, 1, 'manual', 10000000000, 'USD', '2008-03-10 00:41:31', '2008-03-10 03:42:00', 1,
                15000000000, 1500000000),
               (2, 1, 'paypal', 20000000000, 'EUR', '2008-03-11 00:00:00', NULL, 0, 15000000000, 3000000000),
               (3, 1, 'voucher', 49040000, 'USD', '2008-03-12 00:00:00', '2008-03-12 00:00:00', 1, 0, 0),
               (4, 2, 'manual', 777000000000, 'EUR', '2008-03-10 00:41:31', NULL, 1, 0, 0);
      INSERT INTO invoices (id, user_id, number, period_start, period_end, issue_date, paid, paid_date, price,
                            price_with_vat)
        VALUES (1, 1, 'INV1', '2008-02-29 19:00:00', '2008-03-31 18:59:59', '2008-04-01 03:00:00', 1,
                '2008-04-02 05:00:00', 10000000000, 11800000000),
               (2, 1, 'INV2', '2008-04-01', '2008-04-30', '2008-05-01 03:00:00', 0, NULL, 2500000000,
                2950000000),
               (3, 2, 'INV3', '2008-04-01', '2008-04-30', '2008-05-01 03:00:00', 1, '2008-05-01 03:00:00',
                10000000000, 12000000000);
      INSERT INTO services (id, name, price) VALUES (1, 'Some useful service', 10000000000),
                                                    (2, 'Служба', 2500000000);
      INSERT INTO subscriptions (id, service_id, user_id, device_id, activation_start, activation_end, added)
        VALUES (1, 1, 1, 10, '2008-03-10 03:42:00', NULL, '2008-03-10 03:42:00'),
               (2, 2, 2, 20, '2008-03-10 03:42:00', '2009-03-10 03:42:00', '2008-03-09 00:00:00');
      INSERT INTO callerids (id, cli, device_id, description, added_at)
        VALUES (3, '5555555', 10, 'Linus', '2007-04-06 08:51:07'),
               (4, '7777777', 11, 'Fax line', '2007-04-07 08:51:07'),
               (5, '9999999', 20, 'Чужой', '2007-04-07 08:51:07');
      INSERT INTO phonebooks (id, user_id, number, name, added)
        VALUES (1, 1, '12015551234', 'ExGirlfriend', '2008-03-01 10:44:05'),
               (2, 2, '359888123456', 'Мама', '2008-03-01 10:44:05'),
               (3, 1, '12015550000', 'Second', '2008-03-02 10:44:05');
      -- Today in Tashkent starts at 2026-11-27 19:00 UTC; in Sofia at 2026-11-27 22:00 UTC.
      INSERT INTO pdffaxes (id, device_id, filename, receive_time, deleted, fax_sender, status)
        VALUES (100, 11, 'fax_a.pdf', '2026-11-27 19:00:00', 0, '99871', 'good'),
               (101, 11, 'fax_b.pdf', '2026-11-27 18:59:59', 0, '99872', 'good'),
               (102, 11, '', '2026-11-28 08:00:00', 0, '', 'no_tif'),
               (103, 11, 'fax_d.pdf', '2026-11-28 09:00:00', 0, '99874', 'pdf_size_0'),
               (104, 11, 'fax_e.pdf', '2026-11-28 09:10:00', 1, '99875', 'good'),
               (105, 10, 'fax_f.pdf', '2026-11-28 09:20:00', 0, '99876', 'weird_code'),
               (200, 20, 'fax_x.pdf', '2026-11-27 22:00:00', 0, '35929', 'good'),
               (201, 20, 'fax_y.pdf', '2026-11-27 21:59:59', 0, '35929', 'good');
    )SQL");
  }

  store::User user(std::int64_t id) { return *store::find_user_by_id(db, id); }

  // Renders one page for user `id` through `produce(PageContext&, XmlWriter&)`.
  std::string render(std::int64_t id,
                     const std::function<void(pages::PageContext&, output::TreeWriter&)>& produce,
                     pages::Lang lang = pages::Lang::en) {
    store::User u = user(id);
    pages::PageContext pc = pages::make_page_context(db, u, clock, lang);
    std::string out;
    output::XmlTreeWriter w([&](std::string_view chunk) { out += chunk; });
    produce(pc, w);
    return out;
  }
};

}  // namespace kolmi::test
