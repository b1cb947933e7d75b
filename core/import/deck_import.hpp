#pragma once
// kolmi admin import destinations FILE, kolmi admin import rates FILE
// --tariff NAME: rate decks and destination lists into MOR's destinations,
// destinationgroups, directions, rates and aratedetails.
//
// All or nothing: the file is read and checked whole first (deck_reader.hpp),
// then written in one transaction; the first malformed row aborts with
// "FILE:LINE: reason" and nothing is written. Destinations are upserted by
// prefix (destination_book.hpp, naming rules in destination_naming.hpp);
// rates are planned so the tariff prices every prefix exactly as the deck
// does (tariff_plan.hpp) and written as differences (tariff_rates.hpp), so
// importing the same file again changes nothing.
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/import/deck_reader.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::import {

struct DeckImportOptions {
  std::string path;  // "-": standard_input, named <stdin> in messages (import_input.hpp)
  std::FILE* standard_input = nullptr;  // what "-" reads (the CLI's stdin); not owned
  bool dry_run = false;  // everything, inside a transaction rolled back at the end
};

struct RateImportOptions : DeckImportOptions {
  std::string tariff;
  std::optional<std::string> currency;  // for a new tariff; default: the default currency
  // 'user' or 'provider' (a buy deck): a new tariff's purpose, and what an
  // existing one must be (else Error(usage)); absent: an existing tariff as
  // it is, a new one 'user'.
  std::optional<std::string> purpose;
  bool replace = false;                 // the tariff keeps no rate the deck does not give
  // Dated rates: when the deck's prices take effect ('YYYY-MM-DD[ HH:MM:SS]'
  // in `time_zone`), for rows whose effective date cell is empty or absent.
  // With neither, the deck changes the latest prices in place (for every
  // call, as before dates existed).
  std::optional<std::string> effective_from;
  std::string time_zone = "UTC";  // of --effective-from and the deck's effective dates
};

struct DeckImportSummary {
  std::int64_t read = 0;      // data rows
  std::int64_t repeated = 0;  // rows repeating an earlier prefix with the same values
  std::int64_t destinations_added = 0, destinations_updated = 0, destinations_unchanged = 0;
  std::int64_t groups_added = 0, countries_added = 0;
  // Rates only:
  std::string tariff;
  std::string purpose;
  std::string currency;
  bool tariff_created = false;
  std::int64_t rates_added = 0, rates_updated = 0, rates_unchanged = 0, rates_removed = 0;
  std::int64_t groups_without_rate = 0;  // priced per destination (tariff_plan.hpp rule 3)
  // Dated imports: the effective moments (UTC, ascending) and the versions
  // scheduled after one of them that the deck superseded.
  std::vector<Seconds> effective;
  std::int64_t rates_superseded = 0;
};

// Throws Error(storage) when the file cannot be opened or read (or the
// database fails), Error(action_failed) "FILE:LINE: reason" for a malformed
// file; nothing is written then.
DeckImportSummary import_destinations_file(store::Database& db, const DeckImportOptions& options);

// As above, plus Error(usage) for an unknown --currency or a tariff priced in
// another currency, a bad --effective-from or --tz, or --replace with more
// than one effective date; Error(action_failed) "FILE:LINE: reason" for a row
// without an effective date in a dated deck, or two rows giving one prefix
// different prices from the same moment. Everything is checked before the
// first write. Dated rows are applied in date order, each date as an import
// effective then (tariff_rates.hpp "DATED RATES").
DeckImportSummary import_rates_file(store::Database& db, const RateImportOptions& options);

// What import_rates_file reads and checks before writing, for kolmi admin
// tariff diff (console/tariff_diff.hpp): the deck (errors as above) and its
// rows by effective moment (UTC, ascending; empty for an undated import;
// errors as above). `deck` must outlive the rows.
Deck read_rate_deck(const RateImportOptions& options);
using DatedRows = std::map<Seconds, std::vector<const DeckRow*>>;
DatedRows dated_rows(const Deck& deck, const RateImportOptions& options);

}  // namespace kolmi::import
