#pragma once
// kolmi admin import cdr: a PBX's CDR file into MOR's calls table, matched
// to the system's devices and users, and rated with each user's tariff.
//
// All or nothing: the whole file is one transaction, and the first
// malformed record aborts it with "FILE:LINE: reason", nothing written.
// Re-importing a file changes nothing: a record already stored is counted
// as a duplicate and skipped (see cdr_import.cpp for what "already stored"
// means; Asterisk writes several records per uniqueid).
//
// A prepaid user's balance goes down by the price of each call stored, in
// the same transaction (prepaid_charges.hpp); postpaid balances stay.
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/import/cdr_record.hpp"
#include "core/store/database.hpp"

namespace kolmi::import {

struct CdrImportOptions {
  std::string path;  // "-": standard_input, named <stdin> in messages
  std::FILE* standard_input = nullptr;  // what "-" reads (the CLI's stdin); not owned
  // automatic: from the first record's column count (detect_cdr_layout).
  CdrLayout layout = CdrLayout::automatic;
  // The zone of the file's times (Asterisk writes the PBX's local time
  // unless usegmtime=yes). Stored times are UTC.
  std::string source_tz = "UTC";
  // Everything, duplicates included, inside a transaction rolled back at the end.
  bool dry_run = false;
};

// At most this many warning lines are kept (all are counted), so a file
// full of bad bytes cannot fill memory.
inline constexpr std::size_t kMaxWarningLines = 1000;

struct CdrImportSummary {
  std::int64_t read = 0;                   // records in the file
  std::int64_t imported = 0;               // stored (or, on a dry run, that would be)
  std::int64_t duplicates = 0;             // already stored, skipped
  std::int64_t unassigned = 0;             // imported with neither device known (no user, no device)
  std::int64_t unrated = 0;                // imported for a known user, but no tariff, destination or rate
  std::int64_t no_provider = 0;            // imported outgoing, but no provider or no buy rate (call_pricing.hpp)
  std::int64_t warnings = 0;               // records read with a repair (invalid UTF-8 replaced)
  std::vector<std::string> warning_lines;  // "FILE:LINE: invalid UTF-8 in clid replaced"
};

// Imports the file (import_input.hpp). Throws Error(storage) when the file cannot be opened or
// read (or the database fails), Error(usage) for an unknown source_tz,
// Error(action_failed) "FILE:LINE: reason" for a malformed record and
// "FILE: no records" for a file without any; nothing is written then.
CdrImportSummary import_cdr_file(store::Database& db, const CdrImportOptions& options);

}  // namespace kolmi::import
