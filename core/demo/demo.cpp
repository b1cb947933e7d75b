// kolmi demo: builds the whole demo database in a temporary file beside the
// target (io::NewDatabaseFile) and renames it over the target, so a reader
// sees the old database or the complete new one, never half of either. On
// a MariaDB server there is no file to rename: the tables are made in the
// database the URL names, unmarked (kolmi_schema without its row, as kolmi
// admin copy makes them), so no kolmi command takes the database for a
// kolmi one while it fills; the calls go in in transactions of
// kCallsPerCheckpoint calls (10 million calls in one InnoDB transaction
// would grow its undo log and lock memory without bound), and the schema's
// row is written last.
#include "core/demo/demo.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "core/demo/demo_calls.hpp"
#include "core/demo/demo_people.hpp"
#include "core/demo/demo_reference.hpp"
#include "core/error.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/new_database_file.hpp"
#include "core/store/conflines.hpp"
#include "core/store/demo_rows.hpp"
#include "core/store/schema.hpp"
#include "core/store/schema_mariadb.hpp"
#include "core/store/server_url.hpp"

namespace kolmi::demo {

namespace {

constexpr int kMaxExtraUsers = 100'000;

// `chunked`: commit every kCallsPerCheckpoint calls (a server database,
// unmarked until it is complete); otherwise one transaction.
DemoSummary fill(store::Database& db, const DemoOptions& options, Seconds now, bool chunked) {
  std::optional<store::Transaction> tx(std::in_place, db);
  const Reference ref = insert_reference(db);
  Rng people(options.seed, Stream::people);
  const std::vector<DemoUser> users = insert_users(db, ref, options.extra_users, people, now);
  const std::vector<DemoInvoicePlan> invoices = insert_accounts(db, ref, users, people, now);
  // The calls indexes stay in place while the calls go in: dropping them and
  // building them afterwards measured no faster (1M calls: about 4.5 s of CPU
  // either way) and wanted a large page cache for its sort. Calls arrive in
  // time order, so each index grows at a few places only, and SQLite's
  // default page cache suffices (peak memory ~16 MB).
  std::function<void()> checkpoint;
  if (chunked) {
    checkpoint = [&] {
      tx->commit();
      tx.emplace(db);
    };
  }
  insert_calls(db, ref, users, options.calls, options.seed, now, checkpoint);
  // Invoices are made from the calls, so after them; numbered from 101 as
  // the demo's invoices always were (INV000101, ...).
  store::set_confline(db, store::conf::kInvoiceNumberStart, "101");
  insert_invoices(db, invoices);

  store::set_confline(db, store::conf::kDefaultCurrency, "USD");
  store::set_confline(db, store::conf::kNiceNumberDigits, "4");
  store::set_confline(db, store::conf::kCsvSeparator, ";");
  store::set_confline(db, store::conf::kCsvDecimal, ".");
  store::set_confline(db, store::conf::kDemoSeed, std::to_string(options.seed));
  tx->commit();

  DemoSummary summary;
  for (const DemoUser& u : users) summary.logins.push_back(DemoLogin{u.login, u.password, u.about});
  summary.users = static_cast<std::int64_t>(users.size());
  summary.calls = options.calls;
  return summary;
}

std::string refusal(const std::string& path) {
  return fmt::format(
      "{} holds data not made by kolmi demo (or a demo database used since); refusing to replace it "
      "(use --force)",
      path);
}

// The server's database: empty, or kolmi's that the rules for a file allow
// replacing (see demo.hpp), or a demo build cut short (unmarked). Its tables
// are dropped and made anew.
DemoSummary create_server_demo(const std::string& url, const DemoOptions& options, Seconds now) {
  store::Database db = store::Database::open(url, store::OpenMode::create, options.server_password);
  if (store::mariadb_has_tables(db)) {
    if (store::mariadb_application_id(db) != store::kApplicationId && !store::mariadb_schema_unmarked(db)) {
      throw storage_error(fmt::format(
          "{}: the database has tables that are not kolmi's; give kolmi an empty database of its own", url));
    }
    if (!options.force && !store::get_confline(db, store::conf::kDemoSeed)) throw storage_error(refusal(url));
    store::drop_mariadb_schema(db);
  }
  store::create_unmarked_mariadb_schema(db);
  try {
    // The demo mark first, in its own transaction: a build cut short (a
    // signal, a lost connection) leaves an unmarked database holding it,
    // which no kolmi command opens and the next kolmi demo replaces.
    store::Transaction mark(db, store::WriteKind::schema);
    store::set_confline(db, store::conf::kDemoSeed, std::to_string(options.seed));
    mark.commit();
    DemoSummary summary = fill(db, options, now, /*chunked=*/true);
    store::mark_mariadb_schema(db);  // complete: a kolmi database from now on
    return summary;
  } catch (...) {
    try {  // leave the database empty, as it was or as the drop left it
      store::drop_mariadb_schema(db);
    } catch (...) {  // the first error is the one reported
    }
    throw;
  }
}

}  // namespace

DemoSummary create_demo_database(const std::string& path, const DemoOptions& options, const Clock& clock) {
  if (options.calls < 0) throw usage_error("the number of calls cannot be negative");
  if (options.extra_users < 0 || options.extra_users > kMaxExtraUsers) {
    throw usage_error(fmt::format("the number of extra users must be between 0 and {}", kMaxExtraUsers));
  }
  const Seconds now = clock.now();
  if (store::is_server_url(path)) return create_server_demo(path, options, now);
  if (io::path_exists(path) && !options.force && !store::file_has_demo_mark(path)) {
    throw storage_error(refusal(path));
  }
  const std::string dir = io::parent_dir(path);
  io::make_directories(dir, 0700);

  io::NewDatabaseFile tmp(dir);
  if (options.on_temp_file) options.on_temp_file(tmp.path());
  DemoSummary summary;
  {
    store::Database db = store::Database::open(tmp.path(), store::OpenMode::create);
    // Nothing to protect while building: a failure deletes the file anyway.
    store::start_unprotected_build(db);
    store::migrate(db);
    summary = fill(db, options, now, /*chunked=*/false);
    store::finish_unprotected_build(db);  // WAL, what every later open expects
  }  // closed here, before the rename
  tmp.move_to(path, /*replace=*/true);
  return summary;
}

}  // namespace kolmi::demo
