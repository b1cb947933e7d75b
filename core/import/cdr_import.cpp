#include "core/import/cdr_import.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>
#include <thread>
#include <type_traits>
#include <unordered_map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/import/call_pipe.hpp"
#include "core/import/call_pricing.hpp"
#include "core/import/call_spool.hpp"
#include "core/import/prepaid_charges.hpp"
#include "core/import/csv_reader.hpp"
#include "core/import/device_matcher.hpp"
#include "core/import/import_input.hpp"
#include "core/import/source_clock.hpp"
#include "core/io/atomic_file.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::import {

namespace {

// Q.850 cause of an Asterisk disposition, for layouts that carry none.
std::int64_t cause_of(const CdrRecord& r) {
  if (r.hangupcause) return *r.hangupcause;
  if (r.disposition == "ANSWERED") return 16;   // normal clearing
  if (r.disposition == "NO ANSWER") return 19;  // no answer from user
  if (r.disposition == "BUSY") return 17;       // user busy
  return 21;                                    // FAILED: call rejected
}

// "kolmi-" and 16 hex digits of FNV-1a 64 over the stored UTC start, src,
// dst and channel: stable across runs and machines, so a file whose records
// have no uniqueid (cdr_csv with 16 columns, FreeSWITCH without uuid) can
// be imported again without doubling its calls.
void synthetic_uniqueid(std::string_view calldate, const CdrRecord& r, std::string& out) {
  std::uint64_t h = 14695981039346656037ULL;
  for (std::string_view part :
       {calldate, std::string_view(r.src), std::string_view(r.dst), std::string_view(r.channel)}) {
    for (char c : part) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    h = (h ^ 0xFFU) * 1099511628211ULL;  // a separator no text byte of valid UTF-8 holds
  }
  out = fmt::format("kolmi-{:016x}", h);
}

// Phase one of an import: reads, maps, matches and rates every record into
// the spool, without any lock. Devices and tariffs are loaded once, from
// one snapshot.
class Importer {
 public:
  Importer(store::Database& db, const CdrImportOptions& o, std::string input_name)
      : o_(o),
        input_name_(std::move(input_name)),
        clock_(o.source_tz),
        pricer_(db),
        devices_(DeviceMatcher::load(db)) {}

  // `Calls`: CallSpool or CallPipe.
  template <typename Calls>
  void run(std::FILE* file, Calls& spool, CdrImportSummary& sum) {
    CsvReader reader(file);
    std::vector<std::string_view> fields;
    std::size_t columns = 0;
    CdrLayout layout = o_.layout;
    while (reader.next(fields)) {
      const std::size_t line = reader.line();
      if (sum.read == 0) {
        columns = fields.size();
        if (layout == CdrLayout::automatic) {
          auto detected = detect_cdr_layout(columns);
          if (!detected) {
            throw ImportError(line,
                              fmt::format("{} columns: not a known CDR layout (asterisk has 16, 17, 18 or "
                                          "21, asterisk-custom 19, freeswitch 15); see --layout",
                                          columns));
          }
          layout = *detected;
        }
      } else if (fields.size() != columns) {
        throw ImportError(line,
                          fmt::format("{} columns, but the first record has {}", fields.size(), columns));
      }
      ++sum.read;
      PendingCall& call = call_;
      map_cdr_record(fields, layout, line, call.cdr);
      if (!call.cdr.repaired_fields.empty() || !call.cdr.control_fields.empty()) warn(line, call.cdr, sum);
      try {
        link(line, call);
      } catch (const std::overflow_error&) {
        throw ImportError(line, fmt::format("billsec {} is too large to price", call.cdr.billsec));
      }
      spool.append(call);
    }
  }

 private:
  void warn(std::size_t line, const CdrRecord& r, CdrImportSummary& sum) const {
    ++sum.warnings;
    if (sum.warning_lines.size() >= kMaxWarningLines) return;
    sum.warning_lines.push_back(fmt::format("{}:{}: {} replaced", input_name_, line, describe_repairs(r)));
  }

  // Fills in everything the import adds to the record: UTC time, uniqueid,
  // devices, user and price. Every field of the reused slot is set.
  void link(std::size_t line, PendingCall& c) {
    const CdrRecord& r = c.cdr;
    const std::optional<Seconds> start = clock_.to_utc(r.start);
    if (!start)
      throw ImportError(line, fmt::format("start time '{}' is out of range in UTC", text::shown(r.start)));
    const std::string_view utc = clock_.utc_text();
    std::copy(utc.begin(), utc.end(), c.calldate.begin());
    if (r.uniqueid.empty()) {
      synthetic_uniqueid(utc, r, c.uniqueid);
    } else {
      c.uniqueid.assign(r.uniqueid);
    }
    c.hangupcause = cause_of(r);

    const KnownDevice* callee = devices_.callee(r.dstchannel, r.dst);
    const KnownDevice* caller = devices_.caller(r.channel, r.accountcode, r.src, callee);
    c.src_device = caller ? std::optional(caller->id) : std::nullopt;
    c.dst_device = callee ? std::optional(callee->id) : std::nullopt;
    c.user_id = caller ? std::optional(caller->user_id) : std::nullopt;
    c.unassigned = !caller && !callee;
    const CallParties parties{c.user_id, caller ? caller->grace_time : 0, callee != nullptr};
    pricer_.price(parties, r.dst, r.dstchannel, r.billsec, *start, price_);
    c.user_rate = price_.user_rate;
    c.user_billsec = price_.user_billsec;
    c.user_price = price_.user_price;
    c.prefix = std::move(price_.prefix);
    c.unrated = price_.unrated;
    c.provider_id = price_.provider_id;
    c.provider_rate = price_.provider_rate;
    c.provider_billsec = price_.provider_billsec;
    c.provider_price = price_.provider_price;
    c.no_provider = price_.no_provider;
  }

  const CdrImportOptions& o_;
  std::string input_name_;  // the path, or <stdin>
  SourceClock clock_;
  CallPricer pricer_;
  DeviceMatcher devices_;
  PendingCall call_;  // reused for every record
  CallPrice price_;   // reused for every record
};

// Phase two, under the write lock: the spooled calls into the calls table,
// duplicates (of stored calls, and within the file) skipped, and the
// prepaid users' balances charged with the stored calls' prices. `Calls`:
// CallSpool (rewound first) or CallPipe.
template <typename Calls>
void write_calls(store::Database& db, Calls& spool, CdrImportSummary& sum) {
  store::CallBatchWriter writer(db, store::Duplicates::skip);
  PrepaidCharges charges;  // the prices of the stored calls, per user (duplicates cost nothing again)
  writer.on_stored([&](const store::NewCall& c) {
    charges.add(c.user_id, c.user_price);
    if (c.marks & kUnassigned) ++sum.unassigned;
    if (c.marks & kUnrated) ++sum.unrated;
    if (c.marks & kNoProvider) ++sum.no_provider;
  });
  if constexpr (std::is_same_v<Calls, CallSpool>) spool.rewind();
  while (spool.next(writer.next())) {
  }
  writer.drop_last();  // the slot the end of the spool left unfilled
  writer.flush();
  // Prepaid users pay for their calls as they are stored (MOR's rule).
  charges.apply(db);
  sum.imported = writer.stored();
  sum.duplicates = writer.duplicates();
}

// The import's one transaction, once every call is written: the audit row,
// then the commit (a dry run rolls back as the transaction goes out of scope).
void finish_import(store::Transaction& tx, const CdrImportOptions& o, const std::string& name,
                   const CdrImportSummary& sum) {
  tx.audit({.target_type = "calls",
            .data = fmt::format("file {}: {} read, {} imported, {} duplicates", name, sum.read, sum.imported,
                                sum.duplicates)});
  if (!o.dry_run) tx.commit();
}

bool is_regular_file(std::FILE* file) {
  struct stat st {};
  return ::fstat(::fileno(file), &st) == 0 && S_ISREG(st.st_mode);
}

// A regular file is read as fast as a disk gives it: one thread reads,
// matches and rates while this one writes, in one transaction taken now.
// The import then takes about as long as its writing (bench/import.sh).
void import_at_once(store::Database& db, Importer& importer, std::FILE* file, const CdrImportOptions& o,
                    const std::string& name, CdrImportSummary& sum) {
  store::Transaction tx(db);
  CallPipe pipe;
  CdrImportSummary read_sum;  // the reader's counts, merged after it ends
  std::thread reader([&] {
    try {
      importer.run(file, pipe, read_sum);
      pipe.close();
    } catch (const PipeClosed&) {
      // The writer failed and has its own error to report.
    } catch (...) {
      pipe.close(std::current_exception());
    }
  });
  try {
    write_calls(db, pipe, sum);
  } catch (...) {
    pipe.abandon();
    reader.join();
    throw;
  }
  reader.join();
  sum.read = read_sum.read;
  sum.warnings = read_sum.warnings;
  sum.warning_lines = std::move(read_sum.warning_lines);
  if (sum.read == 0) throw action_error(fmt::format("{}: no records", name));
  finish_import(tx, o, name, sum);
}

// Any other input (a pipe, a terminal): read, matched and rated into the
// spool without a lock, then written (call_spool.hpp says why).
void import_spooled(store::Database& db, Importer& importer, std::FILE* file, const CdrImportOptions& o,
                    const std::string& name, CdrImportSummary& sum) {
  // Calls wait in the database's folder (the space they need is needed
  // there anyway); an in-memory database spools to $TMPDIR.
  CallSpool spool(db.path() == ":memory:" ? std::string() : io::parent_dir(db.path()));
  importer.run(file, spool, sum);
  if (sum.read == 0) throw action_error(fmt::format("{}: no records", name));
  // The write lock only now, for the writing: all or nothing, as before.
  store::Transaction tx(db);
  write_calls(db, spool, sum);
  finish_import(tx, o, name, sum);
}

}  // namespace

CdrImportSummary import_cdr_file(store::Database& db, const CdrImportOptions& o) {
  if (!is_known_time_zone(o.source_tz)) {
    throw usage_error(fmt::format("--source-tz: unknown time zone '{}'", text::shown(o.source_tz)));
  }
  // Read once, front to back: a pipe does as well as a file.
  const ImportInput input(o.path, o.standard_input);
  const std::string& name = input.name();

  CdrImportSummary sum;
  try {
    std::optional<Importer> importer;
    {
      store::ReadSnapshot snapshot(db);  // devices and tariffs of one moment
      importer.emplace(db, o, name);
    }
    if (is_regular_file(input.file())) {
      import_at_once(db, *importer, input.file(), o, name, sum);
    } else {
      import_spooled(db, *importer, input.file(), o, name, sum);
    }
  } catch (const ImportError& e) {
    throw action_error(fmt::format("{}:{}: {}", name, e.line(), e.what()));
  } catch (const Error&) {
    throw;
  } catch (const std::runtime_error& e) {
    // CsvReader's read failure (EIO, a directory given as FILE, ...).
    throw storage_error(fmt::format("{}: {}", name, e.what()));
  }
  return sum;
}

}  // namespace kolmi::import
