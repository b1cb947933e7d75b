#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "tests/support/scratch_dir.hpp"
#include "core/error.hpp"
#include "core/store/database.hpp"

using kolmi::ExitCode;
using kolmi::store::Database;
using kolmi::store::OpenMode;
using kolmi::store::Transaction;

namespace {

int count(Database& db) {
  auto s = db.prepare("SELECT count(*) FROM t");
  s.step();
  return s.integer(0);
}
}  // namespace

TEST_CASE("bound parameters store text verbatim, SQL metacharacters included", "[store]") {
  auto db = Database::open_memory();
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, r REAL)");
  auto ins = db.prepare("INSERT INTO t (name, n, r) VALUES (?, ?, ?)");
  const std::string evil = "Robert'); DROP TABLE t; --";
  ins.bind_all(evil, std::int64_t{42}, 1.5);
  ins.run();
  ins.bind_all(std::string("second"), std::int64_t{7}, 2.5);
  ins.run();  // a statement is reusable after run()
  auto sel = db.prepare("SELECT name, n, r FROM t WHERE n = ?");
  sel.bind(1, 42);
  REQUIRE(sel.step());
  CHECK(sel.text(0) == evil);
  CHECK(sel.int64(1) == 42);
  CHECK(sel.real(2) == 1.5);
  CHECK_FALSE(sel.step());
  CHECK(count(db) == 2);
}

TEST_CASE("optional values bind as NULL", "[store]") {
  auto db = Database::open_memory();
  db.exec("CREATE TABLE t (v INTEGER)");
  auto ins = db.prepare("INSERT INTO t VALUES (?)");
  ins.bind(1, std::optional<std::int64_t>{});
  ins.run();
  auto sel = db.prepare("SELECT v FROM t");
  REQUIRE(sel.step());
  CHECK(sel.is_null(0));
  CHECK_FALSE(sel.opt_int64(0).has_value());
}

TEST_CASE("a transaction rolls back unless committed", "[store]") {
  auto db = Database::open_memory();
  db.exec("CREATE TABLE t (v INTEGER)");
  {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES (1)");
  }
  CHECK(count(db) == 0);
  {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES (1)");
    tx.commit();
  }
  CHECK(count(db) == 1);
  try {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES (2)");
    throw std::runtime_error("failure half-way");
  } catch (const std::runtime_error&) {
  }
  CHECK(count(db) == 1);
}

TEST_CASE("SQL errors become storage errors naming the database", "[store]") {
  auto db = Database::open_memory();
  try {
    db.exec("SELECT * FROM missing_table");
    FAIL("expected an error");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == ExitCode::storage);
    CHECK(std::string(e.what()).find("missing_table") != std::string::npos);
  }
}

TEST_CASE("a missing database is exit 5 with advice", "[store]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  try {
    Database::open(dir + "/none.db", OpenMode::existing);
    FAIL("expected an error");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == ExitCode::storage);
    CHECK(std::string(e.what()) ==
          "no database at " + dir + "/none.db; create one with kolmi init or kolmi demo");
  }
}

TEST_CASE("a file that is not a database is refused", "[store]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  std::string path = dir + "/junk.db";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("this is not sqlite, just some text that is long enough to have a header......", f);
  std::fclose(f);
  try {
    Database::open(path, OpenMode::existing);
    FAIL("expected an error");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == ExitCode::storage);
    CHECK(std::string(e.what()).find("not a database") != std::string::npos);
  }
}

TEST_CASE("a second writer waits, then reports a locked database", "[store]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  std::string path = dir + "/lock.db";
  auto a = Database::open(path, OpenMode::create);
  a.exec("CREATE TABLE t (v INTEGER)");
  auto b = Database::open(path, OpenMode::existing);
  b.exec("PRAGMA busy_timeout = 50");  // keep the test quick
  Transaction hold(a);
  try {
    Transaction second(b);
    FAIL("expected a lock error");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == ExitCode::storage);
    CHECK(std::string(e.what()).find("locked") != std::string::npos);
  }
}
