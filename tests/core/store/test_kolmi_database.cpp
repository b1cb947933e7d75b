// open_kolmi_database: kolmi's files only, nothing written to others; the
// demo mark goes with the first data change; one snapshot for readers.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "tests/support/scratch_dir.hpp"

using kolmi::Error;
using kolmi::ExitCode;
using namespace kolmi::store;
using kolmi::test::slurp;

namespace {

struct Folder {
  kolmi::test::ScratchDir scratch{"kolmi-store-test"};
  std::string path = scratch.path();
};

std::string new_kolmi_database(const std::string& path) {
  auto db = Database::open(path, OpenMode::create);
  migrate(db);
  ::chmod(path.c_str(), 0600);
  return path;
}

std::int64_t scalar(Database& db, const char* sql) {
  Statement s = db.prepare(sql);
  s.step();
  return s.int64(0);
}

ExitCode code_of_open(const std::string& path, std::string* message = nullptr) {
  try {
    open_kolmi_database(path);
  } catch (const Error& e) {
    if (message) *message = e.what();
    return e.code();
  }
  return ExitCode::ok;
}

}  // namespace

TEST_CASE("a new database is marked as kolmi's", "[store][kolmi_database]") {
  auto db = Database::open_memory();
  migrate(db);
  CHECK(application_id(db) == kApplicationId);
  CHECK(schema_version(db) == latest_schema_version());
}

TEST_CASE("another program's SQLite file is refused and left byte for byte", "[store][kolmi_database]") {
  Folder f;
  const std::string path = f.path + "/foreign.db";
  {
    auto db = Database::open(path, OpenMode::create);
    db.exec("PRAGMA journal_mode = DELETE; CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')");
  }
  ::chmod(path.c_str(), 0600);
  const std::string before = slurp(path);
  std::string message;
  CHECK(code_of_open(path, &message) == ExitCode::storage);
  CHECK(message == path + ": not a kolmi database (kolmi changes no other file; create one with kolmi init "
                          "or kolmi demo)");
  CHECK(slurp(path) == before);
  CHECK(kolmi::test::list_dir(f.path) == std::vector<std::string>{"foreign.db"});
}

TEST_CASE("an empty file is not a kolmi database and stays empty", "[store][kolmi_database]") {
  Folder f;
  const std::string path = f.path + "/empty.db";
  { std::ofstream(path).flush(); }
  ::chmod(path.c_str(), 0600);
  CHECK(code_of_open(path) == ExitCode::storage);
  CHECK(slurp(path).empty());
}

TEST_CASE("a kolmi 0.1 database without the mark is recognised and marked", "[store][kolmi_database]") {
  Folder f;
  const std::string path = new_kolmi_database(f.path + "/k.db");
  {
    auto db = Database::open(path, OpenMode::existing);
    db.exec("PRAGMA application_id = 0; PRAGMA user_version = 2");
  }
  auto db = open_kolmi_database(path);
  CHECK(application_id(db) == kApplicationId);
  CHECK(schema_version(db) == latest_schema_version());
}

TEST_CASE("a database others may write is refused", "[store][kolmi_database]") {
  Folder f;
  const std::string path = new_kolmi_database(f.path + "/k.db");
  for (unsigned mode : {0664U, 0646U, 0666U}) {
    ::chmod(path.c_str(), mode);
    std::string message;
    CHECK(code_of_open(path, &message) == ExitCode::storage);
    CHECK(message.find("writable by other users") != std::string::npos);
  }
  ::chmod(path.c_str(), 0644);  // readable is fine
  CHECK(code_of_open(path) == ExitCode::ok);
}

TEST_CASE("the lock wait comes from Database_Lock_Wait_Seconds, within bounds", "[store][kolmi_database]") {
  Folder f;
  const std::string path = new_kolmi_database(f.path + "/k.db");
  {
    auto db = Database::open(path, OpenMode::existing);
    set_confline(db, conf::kLockWaitSeconds, "86401");
  }
  std::string message;
  CHECK(code_of_open(path, &message) == ExitCode::storage);
  CHECK(message.find("Database_Lock_Wait_Seconds is '86401', not a whole number from 0 to 86400") !=
        std::string::npos);
}

TEST_CASE("a data change removes the demo mark, sessions and schema changes do not",
          "[store][kolmi_database]") {
  Folder f;
  const std::string path = new_kolmi_database(f.path + "/k.db");
  {
    auto db = Database::open(path, OpenMode::existing);
    set_confline(db, conf::kDemoSeed, "42");  // autocommit: no Transaction
  }
  auto db = open_kolmi_database(path);
  db.set_write_origin({});  // a user's own writes (every command says who writes)
  auto marked = [&] { return get_confline(db, conf::kDemoSeed).has_value(); };
  {
    Transaction tx(db, WriteKind::session);
    tx.commit();
  }
  CHECK(marked());
  {
    Transaction tx(db);  // data, rolled back
    db.exec("INSERT INTO currencies (name, exchange_rate) VALUES ('EUR', 1)");
  }
  CHECK(marked());
  {
    Transaction tx(db);
    db.exec("INSERT INTO currencies (name, exchange_rate) VALUES ('EUR', 1)");
    tx.commit();
  }
  CHECK_FALSE(marked());
}

TEST_CASE("a read snapshot does not see commits made after its first read", "[store][kolmi_database]") {
  Folder f;
  const std::string path = new_kolmi_database(f.path + "/k.db");
  auto reader = open_kolmi_database(path);
  auto writer = open_kolmi_database(path);
  writer.set_write_origin({});  // a user's own writes
  auto insert = [&] {
    Transaction tx(writer);
    writer.exec("INSERT INTO phonebooks (user_id, number, name, added) VALUES (1, '1', 'x', 'now')");
    tx.commit();
  };
  writer.exec("INSERT INTO users (id, username, password) VALUES (1, 'u', 'x')");
  insert();
  {
    ReadSnapshot snapshot(reader);
    CHECK(scalar(reader, "SELECT count(*) FROM phonebooks") == 1);
    insert();  // WAL: the writer is not blocked by the reader
    CHECK(scalar(reader, "SELECT count(*) FROM phonebooks") == 1);
  }
  CHECK(scalar(reader, "SELECT count(*) FROM phonebooks") == 2);
}
