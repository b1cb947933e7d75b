#pragma once
// A migrated in-memory database with a small tariff, users and devices, and
// temporary CDR files, shared by the CDR import tests.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/error.hpp"
#include "core/import/cdr_import.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"

namespace kolmi::test {

// A file in /tmp holding `content`, removed when the object goes.
class TempFile {
 public:
  explicit TempFile(std::string_view content) {
    path_ = "/tmp/kolmi-import-XXXXXX";
    int fd = ::mkstemp(path_.data());
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size()));
    ::close(fd);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() { ::unlink(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline std::string cdr_data(std::string_view name) {
  return std::string(KOLMI_TEST_DATA_DIR) + "/cdr/" + std::string(name);
}

struct ImportFixture {
  store::Database db = store::Database::open_memory();

  // Tariff 1 "Retail": prefix 1 (USA) 0.01 per minute by the second; prefix
  // 370 (Lithuania) 0.12 per minute in 60 s blocks plus a 0.05 connection fee.
  ImportFixture() {
    store::migrate(db);
    exec("INSERT INTO currencies (name, exchange_rate) VALUES ('USD', 1000000000)");
    exec("INSERT INTO destinationgroups (id, name) VALUES (1, 'USA'), (2, 'Lithuania')");
    exec("INSERT INTO destinations (id, prefix, destinationgroup_id) VALUES (1, '1', 1), (2, '370', 2)");
    exec("INSERT INTO tariffs (id, name, currency) VALUES (1, 'Retail', 'USD')");
    exec("INSERT INTO rates (id, tariff_id, destinationgroup_id) VALUES (1, 1, 1), (2, 1, 2)");
    exec(
        "INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, price) VALUES "
        "(1, 1, -1, 'minute', 1, 10000000), (2, 1, 0, 'event', 1, 50000000), "
        "(2, 1, -1, 'minute', 60, 120000000)");
  }

  void exec(std::string_view sql) { db.exec(sql); }

  std::int64_t user(std::string_view login, std::optional<std::int64_t> tariff = 1,
                    std::string_view zone = "UTC") {
    store::Statement s =
        db.prepare("INSERT INTO users (username, password, tariff_id, time_zone) VALUES (?, 'x', ?, ?)");
    s.bind_all(login, tariff, zone);
    s.run();
    return db.last_insert_rowid();
  }

  std::int64_t device(std::int64_t user_id, std::string_view type, std::string_view name,
                      std::string_view extension = "", std::string_view accountcode = "",
                      std::int64_t grace_time = 0) {
    store::Statement s = db.prepare(
        "INSERT INTO devices (user_id, device_type, name, extension, accountcode, grace_time) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    s.bind_all(user_id, type, name, extension, accountcode, grace_time);
    s.run();
    return db.last_insert_rowid();
  }

  std::int64_t count(std::string_view where = "1") {
    store::Statement s = db.prepare("SELECT COUNT(*) FROM calls WHERE " + std::string(where));
    s.step();
    return s.int64(0);
  }

  import::CdrImportSummary import_file(const std::string& path, bool dry_run = false,
                                       std::string_view zone = "UTC"){import::CdrImportOptions o;
  o.path = path;
  o.dry_run = dry_run;
  o.source_tz = std::string(zone);
  return import::import_cdr_file(db, o);
}

// The error message of an import expected to fail with `code`.
std::string
import_error(const std::string& path, ExitCode code) {
  try {
    import_file(path);
  } catch (const Error& e) {
    CHECK(e.code() == code);
    return e.what();
  }
  FAIL("the import did not fail");
  return {};
}
};  // namespace kolmi::test

// A cdr_csv record with 18 columns: the fields the tests vary, the rest fixed.
inline std::string cdr_line(std::string_view src, std::string_view dst, std::string_view channel,
                            std::string_view dstchannel, std::string_view start, std::string_view billsec,
                            std::string_view uniqueid, std::string_view accountcode = "",
                            std::string_view disposition = "ANSWERED") {
  std::string l;
  l += "\"" + std::string(accountcode) + "\",\"" + std::string(src) + "\",\"" + std::string(dst) +
       "\",\"from-internal\",\"\"\"Caller\"\" <" + std::string(src) + ">\",\"" + std::string(channel) +
       "\",\"" + std::string(dstchannel) + "\",\"Dial\",\"SIP/x\",\"" + std::string(start) + "\",\"" +
       std::string(start) + "\",\"" + std::string(start) + "\"," + std::string(billsec) + "," +
       std::string(billsec) + ",\"" + std::string(disposition) + "\",\"DOCUMENTATION\",\"" +
       std::string(uniqueid) + "\",\"\"\n";
  return l;
}

}  // namespace kolmi::test
