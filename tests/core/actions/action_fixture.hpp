#pragma once
// The account pages' database (tests/core/pages/account_fixture.hpp) plus
// calls for the missed-call action, a way to run an action as one user, and
// dumps of every table an action may touch, to prove that a refused action
// changed nothing.
//   call 500: to device 10 (user 1), NO ANSWER, not processed: user 1's missed call
//   call 501: to device 10, ANSWERED: not missed
//   call 502: to device 20 (user 2), BUSY: user 2's missed call
//   call 503: made by user 1 from device 10 to device 20, NO ANSWER: user 1's
//             outgoing call (user 2's missed call)
//   call 504: to device 11 (user 1), FAILED, already processed
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "tests/core/pages/account_fixture.hpp"

namespace kolmi::test {

struct ActionFixture : AccountFixture {
  ActionFixture() {
    store::set_confline(db, store::conf::kLoginFailureDelayMs, "0");
    db.exec(R"SQL(
      INSERT INTO calls (id, calldate, src, dst, disposition, billsec, duration, src_device_id, dst_device_id,
                         user_id, processed)
        VALUES (500, '2026-11-28 08:00:00', '12125550100', '101', 'NO ANSWER', 0, 20, NULL, 10, NULL, 0),
               (501, '2026-11-28 08:10:00', '12125550101', '101', 'ANSWERED', 30, 35, NULL, 10, NULL, 0),
               (502, '2026-11-28 08:20:00', '12125550102', '201', 'BUSY', 0, 5, NULL, 20, NULL, 0),
               (503, '2026-11-28 08:30:00', '101', '201', 'NO ANSWER', 0, 15, 10, 20, 1, 0),
               (504, '2026-11-28 08:40:00', '12125550104', '102', 'FAILED', 0, 0, NULL, 11, NULL, 1);
    )SQL");
  }

  // Runs `act(pages::PageContext&)` as user `id` and returns what it returns.
  template <typename Act>
  auto act_as(std::int64_t id, Act&& act, pages::Lang lang = pages::Lang::en) {
    store::User u = user(id);
    pages::PageContext pc = pages::make_page_context(db, u, clock, lang);
    return std::forward<Act>(act)(pc);
  }

  // The code and message of the kolmi::Error that `act` throws as user `id`
  // (ok and "" when it throws nothing).
  template <typename Act>
  std::pair<ExitCode, std::string> failure_as(std::int64_t id, Act&& act,
                                              pages::Lang lang = pages::Lang::en) {
    try {
      act_as(id, std::forward<Act>(act), lang);
    } catch (const Error& e) {
      return {e.code(), e.what()};
    }
    return {ExitCode::ok, ""};
  }

  // Every row of every table an action writes, columns joined with '|'.
  std::vector<std::string> dump() {
    std::vector<std::string> rows;
    for (const char* table : {"users", "addresses", "callerids", "phonebooks", "calls", "sessions"}) {
      const int columns =
          std::stoi(text(std::string("SELECT count(*) FROM pragma_table_info('") + table + "')"));
      store::Statement s = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY id");
      while (s.step()) {
        std::string row = table;
        for (int c = 0; c < columns; ++c) row += "|" + (s.is_null(c) ? std::string("<null>") : s.str(c));
        rows.push_back(std::move(row));
      }
    }
    return rows;
  }

  std::string text(const std::string& sql) {
    store::Statement s = db.prepare(sql);
    REQUIRE(s.step());
    return s.is_null(0) ? "<null>" : s.str(0);
  }
};

}  // namespace kolmi::test
