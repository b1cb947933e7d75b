#pragma once
// An in-memory database for the call pages and the call list: user 1
// (Andrey Mazunin, USD) owns devices 10 and 11, user 2 (EUR) owns device 20;
// both live in `zone` (default Europe/Sofia: EET/EEST, DST ends 2026-10-25).
// "Now" is 2026-11-28 09:30 UTC. Calls are added one by one with add().
#include <cstdint>
#include <string>
#include <vector>

#include "core/store/call_list.hpp"
#include "tests/support/render_page.hpp"
#include "tests/support/test_database.hpp"
#include "tests/support/text_checks.hpp"

namespace kolmi::test {

using CallSpec = CallRow;

struct CallFixture : TestDatabase {
  explicit CallFixture(const std::string& zone = "Europe/Sofia") {
    add_currency({.id = 1, .name = "USD"});
    add_currency({.id = 2, .name = "EUR", .rate = "0.92"});
    add_currency({.id = 3, .name = "JPY", .rate = "150", .active = false});
    add_currency({.id = 4, .name = "GBP", .rate = "0.79"});
    db.exec(R"SQL(
      INSERT INTO directions (id, name, code) VALUES (1, 'United States', 'USA');
      INSERT INTO destinations (prefix, direction_code, subcode, name)
        VALUES ('1212', 'USA', 'FIX', 'United States FIX USA 212 New York');
    )SQL");
    add_user({.id = 1, .login = "andrey", .first_name = "Andrey", .last_name = "Mazunin", .currency = "USD",
              .time_zone = zone});
    add_user({.id = 2, .login = "other", .first_name = "Other", .last_name = "User", .currency = "EUR",
              .time_zone = zone});
    add_device({.id = 10, .user_id = 1, .name = "101"});
    add_device({.id = 11, .user_id = 1, .name = "102"});
    add_device({.id = 20, .user_id = 2, .name = "201"});
  }

  std::int64_t add(const CallSpec& c) { return add_call(c); }

  // An outgoing call of user 1 from device 10 / an incoming call to device 10.
  std::int64_t outgoing(const std::string& utc, const std::string& disposition = "ANSWERED",
                        std::int64_t billsec = 60) {
    return add(
        {.calldate = utc, .user_id = 1, .src_device = 10, .disposition = disposition, .billsec = billsec});
  }
  std::int64_t incoming(const std::string& utc, const std::string& disposition = "ANSWERED",
                        std::int64_t billsec = 60) {
    return add({.calldate = utc,
                .dst_device = 10,
                .disposition = disposition,
                .billsec = billsec,
                .src = "37060000000",
                .dst = "101"});
  }

  store::User user(std::int64_t id = 1) { return TestDatabase::user(id); }

  // The XML of the page `produce` writes for user `id`.
  std::string page(const PageProducer& produce, std::int64_t id = 1, pages::Lang lang = pages::Lang::en) {
    return render(db, clock, id, produce, output::Format::xml, lang);
  }
};

// The ids of the calls a cursor yields, in order.
inline std::vector<std::int64_t> ids_of(store::CallCursor cursor) {
  std::vector<std::int64_t> ids;
  while (cursor.next()) ids.push_back(cursor.row().id);
  return ids;
}

}  // namespace kolmi::test
