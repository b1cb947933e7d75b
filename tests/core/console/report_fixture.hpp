#pragma once
// The calls the admin report tests sum (tests/core/console/test_aggregate_report.cpp,
// tests/core/store/test_aggregate_report.cpp, tests/exporters/test_report_export.cpp).
//
// Destinations 44 United Kingdom and 4420 London (group 1 UK), 370
// Lithuania (group 2). Providers 1 Carrier and 2 Backup. ann (Vilnius,
// devices 10 and 11) and bob (device 20). Currencies USD (default) and EUR
// at 0.9. The calls, UTC:
//   1  2026-11-27 21:30  ann/10  4420  ANSWERED  60 s  price 0.10  billed 60  Carrier cost 0.04
//   2  2026-11-27 22:15  ann/11  44    ANSWERED  30 s  price 0.05  billed 60  Carrier cost 0.06
//   3  2026-11-28 08:00  ann/10  370   NO ANSWER  0 s  price 0     billed 0   Backup  cost 0
//   4  2026-11-28 09:00  bob/20  370   ANSWERED 125 s  price 0.30  billed 126 (no provider)
//   5  2026-11-28 09:10  bob/20  -     ANSWERED  10 s  unrated
//   6  2026-11-28 07:00  incoming to ann's device 10 (no payer: not counted)
//   7  2026-10-15 12:00  ann/10  44    ANSWERED  10 s  price 1 (October: outside November)
#include <cstdint>
#include <optional>
#include <string>

#include "tests/support/test_database.hpp"

namespace kolmi::test {

struct ReportFixture {
  TestDatabase t;
  store::Database& db = t.db;

  ReportFixture() {
    t.add_currency({.id = 1, .name = "USD", .rate = "1"});
    t.add_currency({.id = 2, .name = "EUR", .rate = "0.9"});
    db.exec(R"SQL(
      INSERT INTO tariffs (id, name, purpose) VALUES (1, 'Retail', 'user'), (2, 'Buy', 'provider');
      INSERT INTO destinationgroups (id, name) VALUES (1, 'UK'), (2, 'Lithuania');
      INSERT INTO destinations (prefix, name, destinationgroup_id) VALUES
        ('44', 'United Kingdom', 1), ('4420', 'London', 1), ('370', 'Lithuania', 2);
      INSERT INTO providers (id, name, tariff_id) VALUES (1, 'Carrier', 2), (2, 'Backup', 2);
    )SQL");
    t.add_user({.id = 1, .login = "ann", .time_zone = "Europe/Vilnius", .tariff_id = 1});
    t.add_user({.id = 2, .login = "bob", .tariff_id = 1});
    t.add_device({.id = 10, .user_id = 1, .name = "ann1"});
    t.add_device({.id = 11, .user_id = 1, .name = "ann2"});
    t.add_device({.id = 20, .user_id = 2, .name = "bob1"});
    call(1, "2026-11-27 21:30:00", 1, 10, "442071234567", "4420", "ANSWERED", 60, 100'000'000, 60, 1, 40'000'000);
    call(2, "2026-11-27 22:15:00", 1, 11, "441234567890", "44", "ANSWERED", 30, 50'000'000, 60, 1, 60'000'000);
    call(3, "2026-11-28 08:00:00", 1, 10, "37060000000", "370", "NO ANSWER", 0, 0, 0, 2, 0);
    call(4, "2026-11-28 09:00:00", 2, 20, "37061111111", "370", "ANSWERED", 125, 300'000'000, 126, {}, {});
    call(5, "2026-11-28 09:10:00", 2, 20, "99912345", {}, "ANSWERED", 10, {}, {}, {}, {});
    t.add_call({.id = 6, .calldate = "2026-11-28 07:00:00", .dst_device = 10, .billsec = 20, .src = "37069999999"});
    call(7, "2026-10-15 12:00:00", 1, 10, "441111111111", "44", "ANSWERED", 10, 1'000'000'000, 60, 1, 0);
  }

  void call(std::int64_t id, std::string date, std::int64_t user, std::int64_t device, std::string dst,
            std::optional<std::string> prefix, std::string disposition, std::int64_t billsec,
            std::optional<std::int64_t> price, std::optional<std::int64_t> billed,
            std::optional<std::int64_t> provider, std::optional<std::int64_t> cost) {
    t.add_call({.id = id,
                .calldate = std::move(date),
                .user_id = user,
                .src_device = device,
                .disposition = std::move(disposition),
                .billsec = billsec,
                .dst = std::move(dst),
                .price = price,
                .prefix = std::move(prefix)});
    auto s = db.prepare("UPDATE calls SET user_billsec = ?, provider_id = ?, provider_price = ? WHERE id = ?");
    s.bind_all(billed, provider, cost, id);
    s.run();
  }
};

}  // namespace kolmi::test
