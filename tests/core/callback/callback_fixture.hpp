#pragma once
// A database file for the callback tests in a temporary folder that also
// holds the spool ("outgoing") and its sibling "tmp", removed afterwards.
// "Now" is 2026-11-28 09:30:00 UTC.
//   user 1 ann (password ann-pass): devices 10 (SIP/ann101, accountcode 10,
//          CallerID "Ann" <101>) and 11 (IAX2/ann102, no accountcode).
//   user 2 bob (bob-pass): device 20 (SIP/bob201).
//   user 3 root (root-pass): an admin without devices.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/temp_files.hpp"
#include "core/identity/password.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "core/time/clock.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::test {

struct CallbackRow {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::int64_t device_id = 0;
  std::string src, dst, created_at, status, reason, call_file;
};

struct CallbackFixture {
  std::string dir = make_temp_dir();
  std::string db_path = dir + "/kolmi.db";
  std::string spool = dir + "/outgoing";
  std::string tmp = dir + "/tmp";
  store::Database db = store::Database::open(db_path, store::OpenMode::create);
  FixedClock clock{*parse_utc("2026-11-28 09:30:00")};

  CallbackFixture() {
    store::migrate(db);
    REQUIRE(::mkdir(spool.c_str(), 0755) == 0);
    db.exec("INSERT INTO currencies (id, name, exchange_rate) VALUES (1, 'USD', 1000000000)");
    auto add_user = [&](int id, const char* login, const char* password, const char* type) {
      auto s = db.prepare(
          "INSERT INTO users (id, username, password, usertype, first_name, last_name, language, "
          "currency_id, "
          "time_zone) VALUES (?, ?, ?, ?, ?, '', 'en', 1, 'UTC')");
      s.bind_all(id, login, identity::hash_password(password, identity::KdfCost::minimal), type, login);
      s.run();
    };
    add_user(1, "ann", "ann-pass", "user");
    add_user(2, "bob", "bob-pass", "user");
    add_user(3, "root", "root-pass", "admin");
    db.exec(R"SQL(
      INSERT INTO devices (id, name, device_type, extension, callerid, user_id, accountcode)
        VALUES (10, 'ann101', 'SIP', '101', '"Ann" <101>', 1, '10'),
               (11, 'ann102', 'IAX2', '102', '', 1, ''),
               (20, 'bob201', 'SIP', '201', '"Bob" <201>', 2, '20');
    )SQL");
  }
  ~CallbackFixture() {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
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
