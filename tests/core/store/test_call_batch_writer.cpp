// The call writer's duplicate counting (store/call_batch_writer): the unique
// key calls_identity skips a stored call, a call repeated within a batch or
// across batches of one writer is a duplicate, and only stored calls reach
// on_stored and the totals, on both back-ends (TestDatabase).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/store/call_batch_writer.hpp"
#include "core/store/database.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using kolmi::test::query_int;

namespace {

// Fills a slot: a call of uniqueid `uid`, `n` telling calls of one uniqueid apart (billsec).
void fill(store::NewCall& c, const std::string& uid, std::int64_t n) {
  const std::string date = "2026-11-28 09:30:00";
  std::copy(date.begin(), date.end(), c.calldate.begin());
  c.clid = "\"A\" <100>";
  c.src = "100";
  c.dst = "200";
  c.dcontext = "out";
  c.channel = "SIP/100-1";
  c.dstchannel = "SIP/200-1";
  c.lastapp = "Dial";
  c.lastdata = "SIP/200";
  c.duration = n + 5;
  c.billsec = n;
  c.disposition = "ANSWERED";
  c.accountcode = "";
  c.uniqueid = uid;
  c.userfield = "";
  c.localized_dst = "200";
  c.prefix.reset();
  c.hangupcause = 16;
  c.processed = 0;
  c.src_device.reset();
  c.dst_device.reset();
  c.user_id = 1;
  c.user_billsec.reset();
  c.user_rate.reset();
  c.user_price.reset();
}

struct Written {
  std::int64_t stored = 0, duplicates = 0, seen = 0;
};

// Writes calls (uid, n) through one writer in one transaction.
Written write(store::Database& db, const std::vector<std::pair<std::string, std::int64_t>>& calls) {
  store::Transaction tx(db, store::WriteKind::schema);  // no audit row needed
  store::CallBatchWriter w(db, store::Duplicates::skip);
  Written out;
  w.on_stored([&](const store::NewCall&) { ++out.seen; });
  for (const auto& [uid, n] : calls) fill(w.next(), uid, n);
  w.flush();
  tx.commit();
  out.stored = w.stored();
  out.duplicates = w.duplicates();
  return out;
}

std::vector<std::pair<std::string, std::int64_t>> distinct(int count, const std::string& prefix) {
  std::vector<std::pair<std::string, std::int64_t>> calls;
  for (int i = 0; i < count; ++i) calls.emplace_back(fmt::format("{}.{}", prefix, i), i % 7);
  return calls;
}

// The calls call_user_totals counts.
std::int64_t total_calls(store::Database& db) {
  return query_int(db, "SELECT COALESCE(SUM(calls), 0) FROM call_user_totals");
}

void check_duplicate_counting(store::Database& db) {
  SECTION("within one batch: the later copy is the duplicate; other calls of the uniqueid are not") {
    const Written w = write(db, {{"1.1", 10}, {"1.1", 10}, {"1.1", 11}, {"1.2", 10}, {"1.1", 10}});
    CHECK(w.stored == 3);
    CHECK(w.duplicates == 2);
    CHECK(w.seen == 3);
    CHECK(query_int(db, "SELECT count(*) FROM calls") == 3);
    CHECK(total_calls(db) == 3);
  }
  SECTION("across batches of one file, and a full batch holding stored calls") {
    auto calls = distinct(250, "2");
    calls.emplace_back("2.3", 3);    // a copy of call 3, in a later batch
    calls.emplace_back("2.249", 4);  // a copy of the call just before, in the same batch
    const Written w = write(db, calls);
    CHECK(w.stored == 250);
    CHECK(w.duplicates == 2);
    CHECK(w.seen == 250);
    // Again, mixed with new calls so that full batches hold some stored calls.
    auto again = distinct(300, "2");
    const Written w2 = write(db, again);
    CHECK(w2.stored == 50);
    CHECK(w2.duplicates == 250);
    CHECK(w2.seen == 50);
    CHECK(query_int(db, "SELECT count(*) FROM calls") == 300);
    CHECK(total_calls(db) == 300);  // skipped calls are not counted
    // Every call once more: nothing stored, nothing counted.
    const Written w3 = write(db, again);
    CHECK(w3.stored == 0);
    CHECK(w3.duplicates == 300);
    CHECK(w3.seen == 0);
    CHECK(total_calls(db) == 300);
  }
  SECTION("the key: every stored call has its hash, and a second copy is refused by the database") {
    write(db, distinct(3, "3"));
    CHECK(query_int(db, "SELECT count(*) FROM calls WHERE cdr_hash IS NULL") == 0);
    const auto same = [&] {
      db.exec("INSERT INTO calls (calldate, uniqueid, cdr_hash) SELECT calldate, uniqueid, cdr_hash FROM calls "
              "WHERE uniqueid = '3.1'");
    };
    CHECK_THROWS(same());
  }
}

}  // namespace

// On SQLite, and on MariaDB as ctest's mariadb/ twin (TestDatabase).
TEST_CASE("call writer: duplicates are counted, and only stored calls reach the totals", "[store][import]") {
  test::TestDatabase t;
  check_duplicate_counting(t.db);
}

