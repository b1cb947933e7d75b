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
    auto missed = [&](std::int64_t id, const char* time, const char* src, const char* dst, const char* disposition,
                      std::int64_t ring, std::int64_t device) {
      add_call({.id = id, .calldate = time, .dst_device = device, .disposition = disposition, .src = src,
                .dst = dst, .ring = ring});
    };
    missed(500, "2026-11-28 08:00:00", "12125550100", "101", "NO ANSWER", 20, 10);
    add_call({.id = 501, .calldate = "2026-11-28 08:10:00", .dst_device = 10, .billsec = 30, .src = "12125550101",
              .dst = "101"});
    missed(502, "2026-11-28 08:20:00", "12125550102", "201", "BUSY", 5, 20);
    add_call({.id = 503, .calldate = "2026-11-28 08:30:00", .user_id = 1, .src_device = 10, .dst_device = 20,
              .disposition = "NO ANSWER", .src = "101", .dst = "201", .ring = 15});
    add_call({.id = 504, .calldate = "2026-11-28 08:40:00", .dst_device = 11, .disposition = "FAILED",
              .src = "12125550104", .dst = "102", .processed = 1, .ring = 0});
  }

  // Runs `act(pages::PageContext&)` as user `id` and returns what it returns.
  template <typename Act>
  auto act_as(std::int64_t id, Act&& act, pages::Lang lang = pages::Lang::en) {
    return as_user(db, clock, id, std::forward<Act>(act), lang);
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
    return dump_tables(db, {"users", "addresses", "callerids", "phonebooks", "calls", "sessions"});
  }

  std::string text(const std::string& sql) { return query_text(db, sql); }
};

}  // namespace kolmi::test
