#include "core/store/schema.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/call_identity_backfill.hpp"
#include "core/store/call_totals.hpp"
#include "core/store/conflines.hpp"
#include "core/store/schema_mariadb.hpp"
#include "core/store/schema_mariadb_upgrades.hpp"
#include "core/store/table_rebuild.hpp"

namespace kolmi::store {

namespace {

// Migration 1: the MOR subset the pages need, identity and indexes.
constexpr std::string_view kMigration1 = R"SQL(
CREATE TABLE directions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE            -- ISO 3166 alpha-3
);
CREATE TABLE destinationgroups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  desttype TEXT NOT NULL DEFAULT 'FIX',
  flag TEXT NOT NULL DEFAULT ''
);
CREATE TABLE destinations (
  id INTEGER PRIMARY KEY,
  prefix TEXT NOT NULL UNIQUE,
  direction_code TEXT NOT NULL DEFAULT '',
  subcode TEXT NOT NULL DEFAULT 'FIX',
  name TEXT NOT NULL DEFAULT '',
  destinationgroup_id INTEGER REFERENCES destinationgroups(id)
);
CREATE INDEX destinations_group ON destinations(destinationgroup_id, prefix);
CREATE TABLE currencies (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,           -- ISO 4217 code: USD
  full_name TEXT NOT NULL DEFAULT '',
  exchange_rate INTEGER NOT NULL,      -- units per default currency, nano-units
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE tariffs (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  purpose TEXT NOT NULL DEFAULT 'user',
  currency TEXT NOT NULL DEFAULT 'USD'
);
CREATE TABLE rates (
  id INTEGER PRIMARY KEY,
  tariff_id INTEGER NOT NULL REFERENCES tariffs(id) ON DELETE CASCADE,
  destination_id INTEGER REFERENCES destinations(id),
  destinationgroup_id INTEGER REFERENCES destinationgroups(id),
  min_time INTEGER NOT NULL DEFAULT 0  -- kolmi: minimal billed seconds
);
CREATE INDEX rates_tariff ON rates(tariff_id, destinationgroup_id, destination_id);
CREATE TABLE aratedetails (
  id INTEGER PRIMARY KEY,
  rate_id INTEGER NOT NULL REFERENCES rates(id) ON DELETE CASCADE,
  "from" INTEGER NOT NULL DEFAULT 1,
  duration INTEGER NOT NULL DEFAULT -1,
  artype TEXT NOT NULL DEFAULT 'minute' CHECK (artype IN ('minute', 'event')),
  round INTEGER NOT NULL DEFAULT 1,
  price INTEGER NOT NULL DEFAULT 0,
  start_time TEXT NOT NULL DEFAULT '00:00:00',
  end_time TEXT NOT NULL DEFAULT '23:59:59',
  daytype TEXT NOT NULL DEFAULT ''
);
CREATE INDEX aratedetails_rate ON aratedetails(rate_id);
CREATE TABLE addresses (
  id INTEGER PRIMARY KEY,
  direction_id INTEGER REFERENCES directions(id),
  state TEXT NOT NULL DEFAULT '',
  county TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  mob_phone TEXT NOT NULL DEFAULT '',
  fax TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT ''
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password TEXT NOT NULL,              -- argon2id string, or a legacy 40-hex SHA1
  usertype TEXT NOT NULL DEFAULT 'user'
    CHECK (usertype IN ('admin', 'reseller', 'accountant', 'user')),
  first_name TEXT NOT NULL DEFAULT '',
  last_name TEXT NOT NULL DEFAULT '',
  balance INTEGER NOT NULL DEFAULT 0,  -- default currency
  credit INTEGER NOT NULL DEFAULT 0,   -- default currency; -1 unit = no limit
  postpaid INTEGER NOT NULL DEFAULT 1,
  blocked INTEGER NOT NULL DEFAULT 0,
  tariff_id INTEGER REFERENCES tariffs(id),
  clientid TEXT NOT NULL DEFAULT '',
  agreement_number TEXT NOT NULL DEFAULT '',
  agreement_date TEXT,
  language TEXT NOT NULL DEFAULT 'en',
  taxation_country INTEGER REFERENCES directions(id),
  vat_number TEXT NOT NULL DEFAULT '',
  vat_percent INTEGER NOT NULL DEFAULT 0,
  address_id INTEGER REFERENCES addresses(id),
  currency_id INTEGER REFERENCES currencies(id),
  time_zone TEXT NOT NULL DEFAULT 'UTC',
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  last_login_at TEXT,                  -- kolmi: this login
  previous_login_at TEXT               -- kolmi: the one before (new calls)
);
CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  secret TEXT NOT NULL DEFAULT '',
  device_type TEXT NOT NULL DEFAULT 'SIP',
  extension TEXT NOT NULL DEFAULT '',
  callerid TEXT NOT NULL DEFAULT '',
  user_id INTEGER NOT NULL REFERENCES users(id),
  description TEXT NOT NULL DEFAULT '',
  regseconds INTEGER NOT NULL DEFAULT 0,
  grace_time INTEGER NOT NULL DEFAULT 0,
  accountcode TEXT NOT NULL DEFAULT ''
);
CREATE INDEX devices_user ON devices(user_id);
CREATE INDEX devices_name ON devices(name);
CREATE INDEX devices_extension ON devices(extension);
CREATE TABLE calls (
  id INTEGER PRIMARY KEY,
  calldate TEXT NOT NULL,              -- start, UTC
  clid TEXT NOT NULL DEFAULT '',
  src TEXT NOT NULL DEFAULT '',
  dst TEXT NOT NULL DEFAULT '',
  dcontext TEXT NOT NULL DEFAULT '',
  channel TEXT NOT NULL DEFAULT '',
  dstchannel TEXT NOT NULL DEFAULT '',
  lastapp TEXT NOT NULL DEFAULT '',
  lastdata TEXT NOT NULL DEFAULT '',
  duration INTEGER NOT NULL DEFAULT 0,
  billsec INTEGER NOT NULL DEFAULT 0,
  disposition TEXT NOT NULL DEFAULT '',
  accountcode TEXT NOT NULL DEFAULT '',
  uniqueid TEXT NOT NULL DEFAULT '',
  userfield TEXT NOT NULL DEFAULT '',
  src_device_id INTEGER,
  dst_device_id INTEGER,
  processed INTEGER NOT NULL DEFAULT 0,
  user_id INTEGER,                     -- the caller's owner (outgoing)
  user_rate INTEGER,                   -- per minute, default currency
  user_billsec INTEGER,
  user_price INTEGER,                  -- without VAT, default currency
  prefix TEXT,
  hangupcause INTEGER,
  localized_dst TEXT NOT NULL DEFAULT ''
);
-- The two halves of "a user's calls" (outgoing by user_id, incoming by the
-- user's devices). billsec and user_id are carried in the index so totals
-- (main page, stats) are index-only scans: 5x faster on a million calls.
CREATE INDEX calls_user_date ON calls(user_id, calldate, billsec);
CREATE INDEX calls_dst_device_date ON calls(dst_device_id, calldate, billsec, user_id);
CREATE INDEX calls_uniqueid ON calls(uniqueid);
-- Unprocessed missed calls (main page's missed_total): a small partial index.
CREATE INDEX calls_missed_unprocessed ON calls(dst_device_id)
  WHERE processed = 0 AND disposition <> 'ANSWERED';
CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  paymenttype TEXT NOT NULL DEFAULT 'manual',
  amount INTEGER NOT NULL DEFAULT 0,   -- without VAT, in `currency`
  currency TEXT NOT NULL DEFAULT 'USD',
  date_added TEXT NOT NULL,
  shipped_at TEXT,
  completed INTEGER NOT NULL DEFAULT 1,
  vat_percent INTEGER NOT NULL DEFAULT 0,
  tax INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX payments_user ON payments(user_id, date_added);
CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  number TEXT NOT NULL DEFAULT '',
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  issue_date TEXT NOT NULL,
  paid INTEGER NOT NULL DEFAULT 0,
  paid_date TEXT,
  price INTEGER NOT NULL DEFAULT 0,
  price_with_vat INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX invoices_user ON invoices(user_id, issue_date);
CREATE TABLE services (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  servicetype TEXT NOT NULL DEFAULT 'periodic_fee',
  price INTEGER NOT NULL DEFAULT 0,
  periodtype TEXT NOT NULL DEFAULT 'month'
);
CREATE TABLE subscriptions (
  id INTEGER PRIMARY KEY,
  service_id INTEGER NOT NULL REFERENCES services(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  device_id INTEGER REFERENCES devices(id),
  activation_start TEXT,
  activation_end TEXT,
  added TEXT NOT NULL
);
CREATE INDEX subscriptions_user ON subscriptions(user_id);
CREATE TABLE callerids (
  id INTEGER PRIMARY KEY,
  cli TEXT NOT NULL,
  device_id INTEGER NOT NULL REFERENCES devices(id),
  description TEXT NOT NULL DEFAULT '',
  added_at TEXT NOT NULL,
  banned INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX callerids_device_cli ON callerids(device_id, cli);
CREATE TABLE phonebooks (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  number TEXT NOT NULL,
  name TEXT NOT NULL,
  added TEXT NOT NULL
);
CREATE INDEX phonebooks_user ON phonebooks(user_id);
CREATE TABLE pdffaxes (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices(id),
  filename TEXT NOT NULL DEFAULT '',
  receive_time TEXT NOT NULL,
  size INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  fax_sender TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'good'
);
CREATE INDEX pdffaxes_device ON pdffaxes(device_id, receive_time);
CREATE TABLE conflines (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  owner_id INTEGER NOT NULL DEFAULT 0,
  UNIQUE (name, owner_id)
);
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,     -- BLAKE2b of the token, hex; never the token
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
)SQL";

// Version 2: callback requests (`kolmi callback`): who asked, through which
// device, for which numbers, and what became of the request. `status` is
// 'queued' (the call file is in the spool) or 'failed' (with the reason).
constexpr std::string_view kMigration2 = R"SQL(
CREATE TABLE callbacks (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
  src TEXT NOT NULL,
  dst TEXT NOT NULL,
  created_at TEXT NOT NULL,            -- UTC
  status TEXT NOT NULL CHECK (status IN ('queued', 'failed')),
  reason TEXT NOT NULL DEFAULT '',     -- why it failed; '' when queued
  call_file TEXT NOT NULL DEFAULT ''   -- the call file's path in the spool; '' when failed
);
CREATE INDEX callbacks_user_time ON callbacks(user_id, created_at);
)SQL";

// Version 3: the file says it is kolmi's (PRAGMA application_id), so kolmi
// can refuse any other program's SQLite file instead of changing it.
constexpr std::string_view kMigration3 = "PRAGMA application_id = 1265593453";  // kApplicationId

// Version 4: the audit trail (MOR's `actions`; store/audit.hpp, kolmi admin
// log). One row per committed write of an admin, written in the transaction
// it records. No foreign keys: a row outlives its users, so the logins are
// kept as text beside the ids. IF NOT EXISTS: a database whose user_version
// was set back by hand (as tests do to fake an old file) migrates again.
constexpr std::string_view kMigration4 = R"SQL(
CREATE TABLE IF NOT EXISTS actions (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,                    -- UTC, when the change was committed
  user_id INTEGER NOT NULL,              -- the admin who acted
  user_login TEXT NOT NULL,              -- their login then
  as_user_id INTEGER,                    -- --as: whose account the admin acted in; NULL otherwise
  as_login TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,                  -- the command: 'admin user add', 'phonebook add'
  target_type TEXT NOT NULL DEFAULT '',  -- 'user', 'device', 'calls', 'tariff', 'phonebook', ...
  target_id INTEGER,                     -- NULL when the change has no single target
  data TEXT NOT NULL DEFAULT '',         -- a short detail: 'login bob', '42 calls changed'
  result TEXT NOT NULL DEFAULT 'ok' CHECK (result IN ('ok', 'failed')),
  reason TEXT NOT NULL DEFAULT ''        -- why, when a committed refusal is recorded (a failed callback)
);
CREATE INDEX IF NOT EXISTS actions_date ON actions(date);
CREATE INDEX IF NOT EXISTS actions_user_date ON actions(user_id, date);
CREATE INDEX IF NOT EXISTS actions_as_user_date ON actions(as_user_id, date);
CREATE INDEX IF NOT EXISTS actions_target ON actions(target_type, target_id);
)SQL";

// Version 5: the operator's search over every user's calls (kolmi admin
// calls) reads a period of all calls in start order: calls_date gives that
// order (ties by id, the index's last column) without a sort. Unrated calls
// are few, and "which calls were not rated?" is asked often: a partial
// index holds just them. IF NOT EXISTS: a kolmi 0.1 database whose mark is
// restored (version 2 re-marked) runs this again over its own indexes.
constexpr std::string_view kMigration5 = R"SQL(
CREATE INDEX IF NOT EXISTS calls_date ON calls(calldate);
CREATE INDEX IF NOT EXISTS calls_unrated_date ON calls(calldate) WHERE user_price IS NULL;
)SQL";

// Version 6 (issue 13, payments): a payment keeps the exchange rate it was
// converted at (units of its currency per one unit of the default
// currency, nano-units, as currencies.exchange_rate; NULL for payments made
// before, whose rate nobody recorded) and the operator's comment, so a
// later rate change explains nothing away. payments_date orders every
// user's payments for `kolmi admin payment list` without a sort.
// (Version 7 rebuilds payments with AUTOINCREMENT from the table's own
// definition, so these columns and the index carry over.)
// The columns are added by kColumnAdditions (SQLite has no ADD COLUMN IF
// NOT EXISTS, and a database set back to version 2 migrates again).
constexpr std::string_view kMigration6 = R"SQL(
CREATE INDEX IF NOT EXISTS payments_date ON payments(date_added);
)SQL";

// Columns a migration adds to an existing table, added before its SQL runs
// and only when missing, so running a migration twice is harmless.
struct ColumnAddition {
  int version;  // the migration that adds it (1-based, as user_version)
  std::string_view table, column, declaration;
};
constexpr ColumnAddition kColumnAdditions[] = {
    {6, "payments", "exchange_rate", "INTEGER"},
    {6, "payments", "comment", "TEXT NOT NULL DEFAULT ''"},
    {9, "calls", "cdr_hash", "INTEGER"},
    {10, "calls", "provider_id", "INTEGER"},
    {10, "calls", "provider_rate", "INTEGER"},
    {10, "calls", "provider_billsec", "INTEGER"},
    {10, "calls", "provider_price", "INTEGER"},
    {11, "rates", "effective_from", "TEXT"},
    {11, "rates", "effective_till", "TEXT"},
    {12, "invoices", "number_seq", "INTEGER"},
};

// Version 7 (issue 13 item 6): ids are never given twice. A table without
// AUTOINCREMENT gives the next row max(id) + 1, so after the newest row is
// deleted its id comes back, and a stale `phonebook destroy 15` (retried,
// scripted) deletes somebody's new entry. Every table whose ids reach a user
// or a script gets AUTOINCREMENT (SQLite then never reuses an id, keeping
// the largest one ever given in sqlite_sequence). SQLite cannot add it with
// ALTER TABLE: each table is rebuilt with its rows, ids, indexes and
// triggers (store/table_rebuild), with foreign keys off (see migrate). The
// calls table is copied too: a million calls took 16-18 s (7.4 s CPU) on a
// busy 2-core machine, once; the file keeps the old copy's pages as free
// pages, which later rows reuse.
constexpr std::array<std::string_view, 10> kTablesWithLastingIds = {
    "users", "devices", "calls", "payments", "invoices", "callerids", "phonebooks", "pdffaxes", "callbacks",
    "actions"};

void migration7(Database& db) {
  for (std::string_view table : kTablesWithLastingIds) add_autoincrement(db, table);
}

// Version 8 (issue 14 item 5, scale): call totals per quarter hour
// (store/call_totals.hpp says why and what), so the main page and stats
// cost the same at 10 million calls as at 10, filled from the stored calls
// (about a minute for 10 million) and kept by every write of calls since.
// WITHOUT ROWID: each table is its key plus two counts, looked up by key.
// The partial index calls_missed_unprocessed goes: the totals replace it.
// call_device_totals is read by device and slot, then caller_id.
// (The lead renumbers this migration at merge if another one lands first.)
constexpr std::string_view kMigration8CallTotals = R"SQL(
CREATE TABLE IF NOT EXISTS call_user_totals (
  user_id INTEGER NOT NULL,
  slot TEXT NOT NULL,           -- UTC quarter hour 'YYYY-MM-DD HH:MM:00' (or an odd calldate verbatim)
  outcome INTEGER NOT NULL,     -- 0 answered, 1 no answer, 2 busy, 3 failed (store::CallOutcome)
  calls INTEGER NOT NULL,
  billsec INTEGER NOT NULL,
  PRIMARY KEY (user_id, slot, outcome)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS call_device_totals (
  dst_device_id INTEGER NOT NULL,
  slot TEXT NOT NULL,
  caller_id INTEGER NOT NULL,   -- calls.user_id, -1 for none
  outcome INTEGER NOT NULL,
  calls INTEGER NOT NULL,
  billsec INTEGER NOT NULL,
  PRIMARY KEY (dst_device_id, slot, caller_id, outcome)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS call_missed_totals (
  dst_device_id INTEGER PRIMARY KEY,
  calls INTEGER NOT NULL        -- missed (not ANSWERED) and processed = 0
);
-- call_missed_totals answers what this partial index did (missed_total),
-- and every new missed call no longer costs an index entry.
DROP INDEX IF EXISTS calls_missed_unprocessed;
)SQL";

// Version 9 (issue 14 item 4, concurrent imports): the duplicate rule of
// the CDR import becomes a unique key, calls_identity (uniqueid, cdr_hash),
// cdr_hash a hash of the call's CDR fields (store/cdr_identity.hpp), so two
// importers cannot both store a call; it replaces the index calls_uniqueid
// (the key leads with uniqueid and serves its look-ups). The column is
// added by kColumnAdditions; store/call_identity_backfill hashes the stored
// calls and makes the key. cdr_hash is NULL only for a stored copy of an
// earlier call (kept, outside the key); every writer of calls fills it.
// (The lead renumbers this migration at merge if another one lands first.)
void migration9_call_identity(Database& db) { hash_stored_calls(db); }

// Version 10 (issue 15 items 1-2, the buy side): MOR's providers (the
// carriers calls leave through), each priced by a tariff of purpose
// 'provider', and the channel peers (trunk names) that identify a provider
// in CDRs, one row each: a peer belongs to one provider (UNIQUE), which the
// database itself keeps, and a provider may have several trunks. Calls gain
// MOR's provider_id, provider_rate, provider_billsec and provider_price
// (nano-units, default currency; NULL when the buy side is unpriced), added
// by kColumnAdditions.
constexpr std::string_view kMigration10Providers = R"SQL(
CREATE TABLE IF NOT EXISTS providers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  tech TEXT NOT NULL DEFAULT 'SIP',    -- MOR's technology: SIP, PJSIP, IAX2, DAHDI, sofia, ...
  tariff_id INTEGER NOT NULL REFERENCES tariffs(id),  -- purpose 'provider'
  currency TEXT NOT NULL DEFAULT 'USD' -- the buy tariff's currency (what the carrier bills in)
);
CREATE TABLE IF NOT EXISTS provider_peers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
  peer TEXT NOT NULL UNIQUE            -- 'carrier', 'SIP/carrier', 'sofia/gateway/carrier', a host
);
CREATE INDEX IF NOT EXISTS provider_peers_provider ON provider_peers(provider_id);
)SQL";

// Version 11 (issue 15 item 5, dated rates): a rate is in force from
// effective_from (UTC 'YYYY-MM-DD HH:MM:SS'; NULL: since always) until
// effective_till (excluded; NULL: until further notice), so an import with
// an effective date keeps the prices before it for the calls before it.
// The versions of one key (a tariff's destination or group) never overlap
// (import/tariff_rates keeps them so). Both columns are added by
// kColumnAdditions; rates written before stay in force always.
constexpr std::string_view kMigration11DatedRates = "";

// Version 12 (issue 16 item 2, invoices from calls): an invoice's lines,
// MOR's invoicedetails: one line per destination group of the period's
// calls (quantity = calls, total_time = billed seconds) and one per
// subscription charged (quantity = days charged for a fee by the month or
// day, 1 for a one-time fee). price is the line's amount without VAT in
// the default currency, nano-units, as invoices.price (their sum).
// invdet_type says which: 'calls', 'periodic_fee', 'flat_rate',
// 'one_time_fee'. invoices.number_seq (added by kColumnAdditions) is the
// sequential number a generated invoice's number was made from
// (Invoice_Number_Format), NULL for other invoices; the next invoice takes
// the largest plus one (billing/invoice_generation.hpp).
constexpr std::string_view kMigration12InvoiceDetails = R"SQL(
CREATE TABLE IF NOT EXISTS invoicedetails (
  id INTEGER PRIMARY KEY,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  name TEXT NOT NULL,
  quantity INTEGER NOT NULL DEFAULT 0,
  price INTEGER NOT NULL DEFAULT 0,      -- the line's amount without VAT, default currency
  invdet_type TEXT NOT NULL DEFAULT 'calls',
  total_time INTEGER NOT NULL DEFAULT 0, -- calls lines: billed seconds (user_billsec)
  destinationgroup_id INTEGER,           -- calls lines: the group (NULL: calls of no group)
  subscription_id INTEGER                -- subscription lines
);
CREATE INDEX IF NOT EXISTS invoicedetails_invoice ON invoicedetails(invoice_id, id);
)SQL";

// Version 13 (issue 15 item 4, alerts for cron): MOR's monitorings, the
// rules `kolmi admin monitor check` evaluates (core/monitor/). mtype is the
// rule's kind: spend, calls, minutes, rate, margin, unrated, unassigned
// (core/monitor/monitor_rule.hpp says what each watches). amount is the
// threshold in nano-units whatever it measures (money in the default
// currency, a rate per minute, a count of calls, minutes, a percentage);
// unrated and unassigned have none (0). The window: period_type 'day',
// 'week' or 'month' (the current one in the user's zone), or, when
// period_type is '', the last period_in_past minutes (MOR's name).
// user_id, device_id and provider_id name what the rule watches (NULL:
// not that); group_by is a margin rule's 'destination' or 'provider'.
// AUTOINCREMENT: a removed rule's id is never given to a new one.
// (The lead renumbers this migration at merge if another one lands first.)
constexpr std::string_view kMigration13Monitorings = R"SQL(
CREATE TABLE IF NOT EXISTS monitorings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mtype TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  device_id INTEGER REFERENCES devices(id),
  provider_id INTEGER REFERENCES providers(id),
  group_by TEXT NOT NULL DEFAULT '',
  amount INTEGER NOT NULL DEFAULT 0,
  period_type TEXT NOT NULL DEFAULT '',
  period_in_past INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
)SQL";

// Version 14 (issue 15, import speed): each half of "a user's calls" is
// indexed only where it exists. An outgoing call to the outside has no
// dst_device_id and an incoming one from outside no user_id; their entries
// in calls_dst_device_date and calls_user_date were never read (every query
// of those indexes names the column with = or IN, which SQLite takes to
// imply IS NOT NULL, so the partial indexes serve the same plans) and cost
// every import a B-tree insert: 0.8 s of a million-call import whose calls
// are 95 % outgoing. MariaDB has no partial indexes; its schema is unchanged.
constexpr std::string_view kMigration14PartialCallIndexes = R"SQL(
DROP INDEX IF EXISTS calls_user_date;
CREATE INDEX calls_user_date ON calls(user_id, calldate, billsec) WHERE user_id IS NOT NULL;
DROP INDEX IF EXISTS calls_dst_device_date;
CREATE INDEX calls_dst_device_date ON calls(dst_device_id, calldate, billsec, user_id)
  WHERE dst_device_id IS NOT NULL;
)SQL";

// A migration is an SQL script or, for table rebuilds, code run with
// foreign keys off; `backfill` runs after the script (filling new tables).
struct Migration {
  std::string_view sql{};
  void (*rebuild)(Database&) = nullptr;
  void (*backfill)(Database&) = nullptr;
};

constexpr std::array<Migration, 14> kMigrations = {
    Migration{kMigration1}, Migration{kMigration2}, Migration{kMigration3}, Migration{kMigration4},
    Migration{kMigration5}, Migration{kMigration6}, Migration{.rebuild = migration7},
    Migration{.sql = kMigration8CallTotals, .backfill = rebuild_call_totals},
    Migration{.backfill = migration9_call_identity}, Migration{kMigration10Providers},
    Migration{kMigration11DatedRates}, Migration{kMigration12InvoiceDetails},
    Migration{kMigration13Monitorings}, Migration{kMigration14PartialCallIndexes}};
static_assert(kApplicationId == 1265593453);

}  // namespace

int latest_schema_version() { return static_cast<int>(kMigrations.size()); }

int schema_version(Database& db) {
  if (db.dialect() == Dialect::mariadb) return mariadb_schema_version(db);
  Statement s = db.prepare("PRAGMA user_version");
  s.step();
  return s.integer(0);
}

int application_id(Database& db) {
  if (db.dialect() == Dialect::mariadb) return mariadb_application_id(db);
  Statement s = db.prepare("PRAGMA application_id");
  s.step();
  return s.integer(0);
}

namespace {

// A database made by kolmi before version 3 marked its files: kolmi's own
// tables at a version kolmi wrote.
bool unmarked_kolmi_database(Database& db, int version) {
  if (version < 1 || version > 2 || db.dialect() != Dialect::sqlite) return false;
  Statement s = db.prepare(
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
      "('conflines', 'sessions', 'calls', 'aratedetails', 'destinationgroups', 'users')");
  s.step();
  return s.int64(0) == 6;
}

}  // namespace

bool has_column(Database& db, std::string_view table, std::string_view column) {
  Statement s = db.prepare(db.dialect() == Dialect::sqlite
                               ? "SELECT 1 FROM pragma_table_info(?) WHERE name = ?"
                               : "SELECT 1 FROM information_schema.columns WHERE table_schema = DATABASE() "
                                 "AND table_name = ? AND column_name = ?");
  s.bind(1, table).bind(2, column);
  return s.step();
}

Database open_kolmi_database(const std::string& path, const std::optional<std::string>& server_password) {
  Database db = Database::open(path, OpenMode::existing, server_password);
  const int version = schema_version(db);
  if (db.dialect() == Dialect::mariadb && version == 0 && !mariadb_has_tables(db)) {
    throw storage_error(fmt::format("{}: the database is empty; create kolmi's tables with kolmi init", db.path()));
  }
  if (application_id(db) != kApplicationId && !unmarked_kolmi_database(db, version)) {
    throw storage_error(fmt::format(
        "{}: not a kolmi database (kolmi changes no other file; create one with kolmi init or kolmi demo)",
        db.path()));
  }
  if (version < latest_schema_version() && db.read_only()) {
    throw storage_error(fmt::format("{}: database is read-only, and this kolmi needs to upgrade its schema "
                                    "from version {} to {}",
                                    path, version, latest_schema_version()));
  }
  migrate(db);
  const std::int64_t wait = confline_int(db, conf::kLockWaitSeconds);  // 0 to 86400 (the catalog)
  db.set_lock_wait_ms(static_cast<int>(wait * 1000));
  return db;
}

namespace {

// PRAGMA foreign_keys = OFF for the life of the guard, on again after. A
// table rebuild drops the old copy of a table others refer to: with foreign
// keys on, that DROP first deletes every row and runs the ON DELETE actions
// (sessions and callbacks would go with their users). The pragma is a no-op
// inside a transaction, so it is set around one. Never throws from the
// destructor.
class ForeignKeysOff {
 public:
  ForeignKeysOff(Database& db, bool active) : db_(active ? &db : nullptr) {
    if (db_) db_->exec("PRAGMA foreign_keys = OFF");
  }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;
  ~ForeignKeysOff() {
    try {
      if (db_) db_->exec("PRAGMA foreign_keys = ON");
    } catch (...) {  // the connection is failing; the migration's own error is the one to report
    }
  }

 private:
  Database* db_;
};

}  // namespace

void migrate(Database& db) { migrate(db, latest_schema_version()); }

void migrate(Database& db, int up_to) {
  int version = schema_version(db);
  if (version > latest_schema_version()) {
    throw storage_error(fmt::format(
        "{}: database schema version {} is newer than this kolmi supports ({}); upgrade kolmi",
        db.path(), version, latest_schema_version()));
  }
  if (db.dialect() == Dialect::mariadb) return migrate_mariadb(db, version, up_to);
  for (int v = version; v < std::min(up_to, latest_schema_version()); ++v) {
    const Migration& m = kMigrations[static_cast<std::size_t>(v)];
    const ForeignKeysOff keys_off(db, m.rebuild != nullptr);
    Transaction tx(db, WriteKind::schema);
    for (const ColumnAddition& c : kColumnAdditions) {
      if (c.version == v + 1 && !has_column(db, c.table, c.column)) {
        // Names and declarations are constants above, never input.
        db.exec(fmt::format("ALTER TABLE {} ADD COLUMN {} {}", c.table, c.column, c.declaration));
      }
    }
    if (m.rebuild) {
      m.rebuild(db);
    } else if (!m.sql.empty()) {
      db.exec(m.sql);
    }
    if (m.backfill) m.backfill(db);
    db.exec(fmt::format("PRAGMA user_version = {}", v + 1));  // an integer we own, not input
    tx.commit();
  }
}

}  // namespace kolmi::store
