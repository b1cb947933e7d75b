// The audit trail's store and its one mechanism: Transaction::commit()
// writes an admin's row inside the transaction it records, so a change that
// rolls back (or fails at COMMIT) leaves no row, and a committed one always
// has one.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/store/actions.hpp"
#include "core/store/schema.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace kolmi;
using namespace kolmi::store;

namespace {

std::int64_t scalar(Database& db, const char* sql) {
  auto s = db.prepare(sql);
  REQUIRE(s.step());
  return s.int64(0);
}

std::shared_ptr<const Clock> clock_at(const char* utc) { return std::make_shared<FixedClock>(*parse_utc(utc)); }

WriteOrigin admin_origin(const char* command = "admin user add", const char* now = "2026-11-28 09:30:00") {
  return {AuditActor{1, "root", std::nullopt, ""}, command, clock_at(now)};
}

Database migrated() {
  auto db = Database::open_memory();
  migrate(db);
  db.exec("INSERT INTO users (id, username, password, usertype) VALUES (1, 'root', 'x', 'admin'), "
          "(2, 'bob', 'x', 'user')");
  return db;
}

std::vector<std::string> listed(Database& db, const ActionFilter& f) {
  std::vector<std::string> out;
  for_each_action(db, f, [&](const ActionRow& r) {
    out.push_back(std::string(r.date) + " " + std::string(r.admin_login) + ">" + std::string(r.as_login) + " " +
                  std::string(r.action) + " " + std::string(r.target_type) + "#" +
                  (r.target_id ? std::to_string(*r.target_id) : "-") + " " + (r.failed ? "failed" : "ok"));
  });
  return out;
}

}  // namespace

TEST_CASE("an admin's committed change has its row, dated by the origin's clock", "[store][audit]") {
  auto db = migrated();
  db.set_write_origin(admin_origin());
  {
    Transaction tx(db);
    db.exec("INSERT INTO phonebooks (user_id, number, name, added) VALUES (2, '1', 'x', 'now')");
    tx.audit({.target_type = "phonebook", .target_id = 7, .data = "d"});
    tx.commit();
  }
  CHECK(listed(db, {}) == std::vector<std::string>{"2026-11-28 09:30:00 root> admin user add phonebook#7 ok"});
  CHECK(scalar(db, "SELECT count(*) FROM actions WHERE data = 'd' AND as_user_id IS NULL") == 1);
}

TEST_CASE("a rolled-back change leaves no row", "[store][audit]") {
  auto db = migrated();
  db.set_write_origin(admin_origin());
  {
    Transaction tx(db);
    db.exec("INSERT INTO phonebooks (user_id, number, name, added) VALUES (2, '1', 'x', 'now')");
    tx.audit({.target_type = "phonebook"});
  }  // no commit
  CHECK(scalar(db, "SELECT count(*) FROM actions") == 0);
  CHECK(scalar(db, "SELECT count(*) FROM phonebooks") == 0);
}

TEST_CASE("a change that fails after its row was written leaves neither", "[store][audit]") {
  auto db = migrated();
  db.set_write_origin(admin_origin());
  // A deferred foreign key is checked at COMMIT: after the audit row went in.
  {
    Transaction tx(db);
    db.exec("PRAGMA defer_foreign_keys = ON");
    db.exec("INSERT INTO phonebooks (user_id, number, name, added) VALUES (99, '1', 'x', 'now')");
    tx.audit({.target_type = "phonebook"});
    CHECK_THROWS_AS(tx.commit(), Error);
    // Inside the failed commit the row was there; the guard's rollback takes it.
  }
  CHECK(scalar(db, "SELECT count(*) FROM actions") == 0);
  CHECK(scalar(db, "SELECT count(*) FROM phonebooks") == 0);
}

TEST_CASE("a user's own change and session writes have no row", "[store][audit]") {
  auto db = migrated();
  db.set_write_origin({std::nullopt, "phonebook add", clock_at("2026-11-28 09:30:00")});
  {
    Transaction tx(db);
    db.exec("INSERT INTO phonebooks (user_id, number, name, added) VALUES (2, '1', 'x', 'now')");
    tx.commit();
  }
  db.set_write_origin(admin_origin());
  {
    Transaction tx(db, WriteKind::session);
    tx.commit();
  }
  CHECK(scalar(db, "SELECT count(*) FROM phonebooks") == 1);
  CHECK(scalar(db, "SELECT count(*) FROM actions") == 0);
}

TEST_CASE("a data write on a real database with no writer set is refused, nothing kept", "[store][audit]") {
  test::ScratchDir dir{"kolmi-audit"};
  const std::string path = dir.file("k.db");
  {
    auto db = Database::open(path, OpenMode::create);
    migrate(db);
  }
  auto db = Database::open(path, OpenMode::existing);
  REQUIRE(db.tracks_real_use());
  {
    Transaction tx(db);
    db.exec("INSERT INTO currencies (name, exchange_rate) VALUES ('EUR', 1)");
    CHECK_THROWS_AS(tx.commit(), std::logic_error);
  }
  CHECK(scalar(db, "SELECT count(*) FROM currencies WHERE name = 'EUR'") == 0);
}

TEST_CASE("rows are listed by date, and by user: who acted, was acted as or was changed", "[store][audit]") {
  auto db = migrated();
  db.exec("INSERT INTO users (id, username, password) VALUES (3, 'ann', 'x')");
  insert_action(db, {1, "root", 2, "bob"}, "phonebook add", "2026-11-02 10:00:00", {.target_type = "phonebook"});
  insert_action(db, {1, "root", std::nullopt, ""}, "admin user block", "2026-11-01 10:00:00",
                {.target_type = "user", .target_id = 3});
  insert_action(db, {9, "gone", std::nullopt, ""}, "admin rerate", "2026-11-03 10:00:00",
                {.target_type = "calls", .failed = true, .reason = "r"});
  CHECK(listed(db, {}) == std::vector<std::string>{
                              "2026-11-01 10:00:00 root> admin user block user#3 ok",
                              "2026-11-02 10:00:00 root>bob phonebook add phonebook#- ok",
                              "2026-11-03 10:00:00 gone> admin rerate calls#- failed",
                          });
  ActionFilter day;
  day.from = "2026-11-02 00:00:00";
  day.till = "2026-11-03 00:00:00";
  CHECK(listed(db, day).size() == 1);
  ActionFilter bob;
  bob.user_id = 2;
  CHECK(listed(db, bob) == std::vector<std::string>{"2026-11-02 10:00:00 root>bob phonebook add phonebook#- ok"});
  ActionFilter ann;
  ann.user_id = 3;
  CHECK(listed(db, ann) == std::vector<std::string>{"2026-11-01 10:00:00 root> admin user block user#3 ok"});
  ActionFilter root;
  root.user_id = 1;
  CHECK(listed(db, root).size() == 2);
  ActionFilter gone;
  gone.login = "gone";
  CHECK(listed(db, gone).size() == 1);
  CHECK(actions_name_login(db, "gone"));
  CHECK(actions_name_login(db, "bob"));
  CHECK_FALSE(actions_name_login(db, "nobody"));
}

TEST_CASE("the audit indexes serve the log's queries", "[store][audit]") {
  auto db = migrated();
  auto plan = [&](const char* sql) {
    auto s = db.prepare(std::string("EXPLAIN QUERY PLAN ") + sql);
    std::string all;
    while (s.step()) all += s.str(3) + "\n";
    return all;
  };
  CHECK(plan("SELECT * FROM actions WHERE date >= '2026' AND date < '2027' ORDER BY date, id")
            .find("actions_date") != std::string::npos);
  CHECK(plan("SELECT * FROM actions WHERE user_id = 1 AND date >= '2026'").find("actions_user_date") !=
        std::string::npos);
  CHECK(plan("SELECT * FROM actions WHERE as_user_id = 1 AND date >= '2026'").find("actions_as_user_date") !=
        std::string::npos);
}
