#pragma once
// A database file for the callback tests in a scratch folder that also
// holds the spool ("outgoing"); the spool's sibling "tmp" is left to the
// tests. All of it goes with the fixture. "Now" is 2026-11-28 09:30:00 UTC.
//   user 1 ann (password ann-pass): devices 10 (SIP/ann101, accountcode 10,
//          CallerID "Ann" <101>) and 11 (IAX2/ann102, no accountcode).
//   user 2 bob (bob-pass): device 20 (SIP/bob201).
//   user 3 root (root-pass): an admin without devices.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <string>
#include <vector>

#include "tests/support/scratch_dir.hpp"
#include "tests/support/test_database.hpp"

namespace kolmi::test {

struct CallbackRow {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::int64_t device_id = 0;
  std::string src, dst, created_at, status, reason, call_file;
};

struct CallbackFixture {
  ScratchDir scratch;
  std::string dir = scratch.path();
  std::string db_path = scratch.file("kolmi.db");
  std::string spool = scratch.file("outgoing");
  std::string tmp = scratch.file("tmp");
  TestDatabase data{db_path};
  store::Database& db = data.db;
  FixedClock& clock = data.clock;

  CallbackFixture() {
    REQUIRE(::mkdir(spool.c_str(), 0755) == 0);
    data.add_currency({.id = 1, .name = "USD"});
    auto add_user = [&](std::int64_t id, const char* login, const char* password, const char* type) {
      data.add_user({.id = id, .login = login, .password = hashed(password), .usertype = type, .first_name = login,
                     .currency = "USD"});
    };
    add_user(1, "ann", "ann-pass", "user");
    add_user(2, "bob", "bob-pass", "user");
    add_user(3, "root", "root-pass", "admin");
    data.add_device({.id = 10, .user_id = 1, .name = "ann101", .extension = "101", .callerid = "\"Ann\" <101>",
                     .accountcode = "10"});
    data.add_device({.id = 11, .user_id = 1, .name = "ann102", .type = "IAX2", .extension = "102"});
    data.add_device({.id = 20, .user_id = 2, .name = "bob201", .extension = "201", .callerid = "\"Bob\" <201>",
                     .accountcode = "20"});
  }

  std::vector<CallbackRow> rows() {
    auto s = db.prepare(
        "SELECT id, user_id, device_id, src, dst, created_at, status, reason, call_file FROM callbacks "
        "ORDER BY id");
    std::vector<CallbackRow> out;
    while (s.step()) {
      out.push_back(
          {s.int64(0), s.int64(1), s.int64(2), s.str(3), s.str(4), s.str(5), s.str(6), s.str(7), s.str(8)});
    }
    return out;
  }
};

}  // namespace kolmi::test
