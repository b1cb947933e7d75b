#pragma once
// An in-memory database for the call pages and the call list: user 1
// (Andrey Mazunin, USD) owns devices 10 and 11, user 2 (EUR) owns device 20;
// both live in `zone` (default Europe/Sofia: EET/EEST, DST ends 2026-10-25).
// "Now" is 2026-11-28 09:30 UTC. Calls are added one by one with add().
#include <cstdint>
#include <optional>
#include <string>

#include "core/output/xml_tree_writer.hpp"
#include "tests/support/text_checks.hpp"
#include "core/pages/page_context.hpp"
#include "core/store/call_list.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "core/store/users.hpp"
#include "core/time/datetime.hpp"
#include "core/xml/xml_writer.hpp"

namespace kolmi::test {

// Every member has an initializer, so designated initializers may leave
// any of them out (GCC's -Wmissing-field-initializers).
struct CallSpec {
  std::string calldate{};  // UTC
  std::optional<std::int64_t> user_id{};
  std::optional<std::int64_t> src_device{};
  std::optional<std::int64_t> dst_device{};
  std::string disposition = "ANSWERED";
  std::int64_t billsec = 0;
  std::string src = "101";
  std::string dst = "12125550100";
  std::optional<std::int64_t> price{};  // nano-units, default currency
  std::optional<std::string> prefix{};
  int processed = 0;
  std::string clid{};
  std::int64_t ring = 5;  // duration = ring + billsec
};

struct CallFixture {
  store::Database db = store::Database::open_memory();
  FixedClock clock{*parse_utc("2026-11-28 09:30:00")};

  explicit CallFixture(const std::string& zone = "Europe/Sofia") {
    store::migrate(db);
    db.exec(R"SQL(
      INSERT INTO currencies (id, name, exchange_rate, active) VALUES
        (1, 'USD', 1000000000, 1), (2, 'EUR', 920000000, 1), (3, 'JPY', 150000000000, 0),
        (4, 'GBP', 790000000, 1);
      INSERT INTO directions (id, name, code) VALUES (1, 'United States', 'USA');
      INSERT INTO destinations (prefix, direction_code, subcode, name)
        VALUES ('1212', 'USA', 'FIX', 'United States FIX USA 212 New York');
    )SQL");
    auto s = db.prepare(
        "INSERT INTO users (id, username, password, first_name, last_name, currency_id, time_zone) "
        "VALUES (?, ?, 'x', ?, ?, ?, ?)");
    s.bind_all(1, "andrey", "Andrey", "Mazunin", 1, zone).run();
    s.bind_all(2, "other", "Other", "User", 2, zone).run();
    db.exec("INSERT INTO devices (id, name, user_id) VALUES (10, '101', 1), (11, '102', 1), (20, '201', 2)");
  }

  std::int64_t add(const CallSpec& c) {
    auto s = db.prepare(
        "INSERT INTO calls (calldate, user_id, src_device_id, dst_device_id, disposition, billsec, duration, "
        "src, dst, user_price, prefix, processed, clid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind_all(c.calldate, c.user_id, c.src_device, c.dst_device, c.disposition, c.billsec,
               c.ring + c.billsec, c.src, c.dst, c.price, c.prefix, c.processed, c.clid);
    s.run();
    return db.last_insert_rowid();
  }

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

  store::User user(std::int64_t id = 1) { return *store::find_user_by_id(db, id); }

  // Runs `produce(PageContext&, XmlWriter&)` for user `id` and returns the XML.
  template <typename Produce>
  std::string page(Produce&& produce, std::int64_t id = 1, pages::Lang lang = pages::Lang::en) {
    store::User u = user(id);
    pages::PageContext pc = pages::make_page_context(db, u, clock, lang);
    std::string out;
    output::XmlTreeWriter w([&](std::string_view chunk) { out += chunk; });
    produce(pc, w);
    return out;
  }
};

// The ids of the calls a cursor yields, in order.
inline std::vector<std::int64_t> ids_of(store::CallCursor cursor) {
  std::vector<std::int64_t> ids;
  while (cursor.next()) ids.push_back(cursor.row().id);
  return ids;
}

}  // namespace kolmi::test
