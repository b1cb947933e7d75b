#pragma once
// A migrated in-memory database with a small tariff, users and devices, and
// CDR files in scratch folders, shared by the CDR import tests.
#include <catch2/catch.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/error.hpp"
#include "core/import/cdr_import.hpp"
#include "tests/support/scratch_dir.hpp"
#include "tests/support/test_database.hpp"

namespace kolmi::test {

inline std::string cdr_data(std::string_view name) {
  return std::string(KOLMI_TEST_DATA_DIR) + "/cdr/" + std::string(name);
}

struct ImportFixture : TestDatabase {
  // Tariff 1 "Retail": prefix 1 (USA) 0.01 per minute by the second; prefix
  // 370 (Lithuania) 0.12 per minute in 60 s blocks plus a 0.05 connection fee.
  ImportFixture() { add_tariff(); }
  // The same in the database at `path` (a mariadb:// URL: an empty database).
  explicit ImportFixture(const std::string& path) : TestDatabase(path) { add_tariff(); }

  void add_tariff() {
    add_currency({.name = "USD"});
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

  // A user with tariff `tariff`; returns its id.
  std::int64_t user(std::string_view login, std::optional<std::int64_t> tariff = 1,
                    std::string_view zone = "UTC") {
    return add_user({.login = std::string(login), .time_zone = std::string(zone), .tariff_id = tariff});
  }

  std::int64_t device(std::int64_t user_id, std::string_view type, std::string_view name,
                      std::string_view extension = "", std::string_view accountcode = "",
                      std::int64_t grace_time = 0) {
    return add_device({.user_id = user_id,
                       .name = std::string(name),
                       .type = std::string(type),
                       .extension = std::string(extension),
                       .accountcode = std::string(accountcode),
                       .grace_time = grace_time});
  }

  std::int64_t count(std::string_view where = "1") {
    return query_int(db, "SELECT COUNT(*) FROM calls WHERE " + std::string(where));
  }

  import::CdrImportSummary import_file(const std::string& path, bool dry_run = false,
                                       std::string_view zone = "UTC") {
    import::CdrImportOptions o;
    o.path = path;
    o.dry_run = dry_run;
    o.source_tz = std::string(zone);
    return import::import_cdr_file(db, o);
  }

  // The error message of an import expected to fail with `code`.
  std::string import_error(const std::string& path, ExitCode code) {
    try {
      import_file(path);
    } catch (const Error& e) {
      CHECK(e.code() == code);
      return e.what();
    }
    FAIL("the import did not fail");
    return {};
  }
};

// Devices for the real files: some of their channels are ours, most not.
// test_cdr_import.cpp's expected counts follow from these rules, worked out
// per file with a short script over the CSV (peer names, extensions, prefix 1
// rated).
struct RealFilesFixture : ImportFixture {
  RealFilesFixture() { add_users(); }
  explicit RealFilesFixture(const std::string& path) : ImportFixture(path) { add_users(); }

  void add_users() {
    auto alice = user("alice");
    device(alice, "SIP", "123654987");
    device(alice, "SIP", "1500", "1500");
    auto bob = user("bob");
    device(bob, "SIP", "100", "100");
    device(bob, "SIP", "101", "101");
    auto carol = user("carol", std::nullopt);  // no tariff: her outgoing calls stay unrated
    device(carol, "SIP", "211474");
    device(carol, "SIP", "301", "301");
    device(user("dave"), "PJSIP", "client1");
    device(user("erin"), "PJSIP", "client2");
  }
};

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
