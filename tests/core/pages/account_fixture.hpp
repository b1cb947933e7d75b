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
#include <string>

#include "tests/support/render_page.hpp"
#include "tests/support/test_database.hpp"
#include "tests/support/text_checks.hpp"

namespace kolmi::test {

struct AccountFixture : TestDatabase {
  AccountFixture() {
    add_currency({.id = 1, .name = "USD"});
    add_currency({.id = 2, .name = "EUR", .rate = "0.92"});
    db.exec(R"SQL(
      INSERT INTO directions (id, name, code) VALUES (1, 'Uzbekistan', 'UZB'), (2, 'Bulgaria', 'BGR');
      INSERT INTO addresses (id, direction_id, state, county, city, postcode, address, phone, mob_phone, fax, email)
        VALUES (1, 1, '', 'Uzbekistan', 'Tashkent', '700100', 'Address', '998975551234', '998975551235',
                '998975551236', 'admin@voip.com');
    )SQL");
    add_user({.id = 1,
              .login = "andrey",
              .first_name = "Andrey",
              .last_name = "Mazunin",
              .currency = "USD",
              .time_zone = "Asia/Tashkent",
              .balance = "100",
              .credit = "-1",
              .vat_percent = "18"});
    add_user({.id = 2,
              .login = "ivan",
              .first_name = "Иван",
              .last_name = "Петров",
              .language = "ru",
              .currency = "EUR",
              .time_zone = "Europe/Sofia",
              .balance = "10",
              .credit = "50",
              .postpaid = false,
              .vat_percent = "20"});
    add_user({.id = 3, .login = "empty", .first_name = "Empty", .currency = "USD"});
    // regseconds 1175849467 = 2007-04-06 13:51:07 in Tashkent.
    add_device({.id = 10,
                .user_id = 1,
                .name = "101",
                .type = "IAX2",
                .extension = "101",
                .callerid = "\"101\" <101>",
                .secret = "s101",
                .description = "Test device 1",
                .regseconds = 1175849467});
    add_device({.id = 11,
                .user_id = 1,
                .name = "102",
                .type = "FAX",
                .extension = "102",
                .callerid = "\"102\" <102>",
                .secret = "s102",
                .description = "Test FAX device"});
    add_device({.id = 20,
                .user_id = 2,
                .name = "201",
                .extension = "201",
                .callerid = "\"Иван\" <201>",
                .secret = "s201",
                .description = "Офис",
                .regseconds = 1175849467});
    db.exec(R"SQL(
      -- The account pages' own columns of the users.
      UPDATE users SET clientid = 'ID-7', agreement_number = 'AG-1', agreement_date = '2008-03-11',
                       taxation_country = 1, vat_number = 'UZ123', address_id = 1 WHERE id = 1;
      UPDATE users SET taxation_country = 2 WHERE id = 2;
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

  // The XML of the page `produce` writes for user `id`.
  std::string render(std::int64_t id, const PageProducer& produce, pages::Lang lang = pages::Lang::en) {
    return test::render(db, clock, id, produce, output::Format::xml, lang);
  }
};

}  // namespace kolmi::test
