#pragma once
// kolmi admin tariff diff NAME FILE: what importing a rate deck into a
// tariff would change, per prefix, for a customer notice. Nothing is written.
//
// The old price of a deck prefix is what a call to a number of that prefix
// costs under the tariff at the row's effective moment (the rating engine's
// decision: longest destination prefix, its own rate else its group's, the
// version in force then); the new price is the deck's. Each row is:
//  - new: the tariff prices no such call then;
//  - increased / decreased: by the price per minute, else (equal) by the
//    connection fee;
//  - changed: same price and fee, other increment or minimal time;
//  - unchanged: counted, not listed.
// The deck is taken as the whole new price list (as `import rates
// --replace` makes it): a destination the tariff prices (by its own rate or
// its group's) that the deck does not list is priced by the longest deck
// prefix covering it (listed as above under its own prefix), else removed
// (at the deck's last effective moment).
// change_percent = (new - old) / old x 100 of the price per minute, exact,
// rounded once to 2 decimals (empty when the old price is 0 or absent).
// notice_days = whole days from now to the effective moment (negative when
// it is past). A rise (increased, or a fee that rises) with fewer than
// `notice_days` days of notice is a short notice: the command exits 1.
// Without any effective date the deck is taken as effective now.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/import/deck_import.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"
#include "core/store/tariff_rate_list.hpp"
#include "core/time/clock.hpp"

namespace kolmi::console {

enum class PriceChangeKind { added, removed, increased, decreased, changed };

struct PrefixChange {
  PriceChangeKind kind = PriceChangeKind::added;
  std::string prefix;
  std::string destination;
  std::optional<Decimal> old_rate, new_rate;  // per minute, in the tariff's currency
  std::optional<Decimal> old_fee, new_fee;    // connection fee
  std::string change_percent;                 // exact, rounded to 2 decimals ("12.50"); "" when none
  Seconds effective{};
  std::int64_t notice_days = 0;
  bool short_notice = false;
};

struct TariffDiff {
  store::TariffHead tariff;
  std::vector<PrefixChange> changes;  // deck rows in file order, then the other destinations by prefix
  std::int64_t added = 0, removed = 0, increased = 0, decreased = 0, changed = 0, unchanged = 0;
  std::int64_t short_notice = 0;
};

struct TariffDiffOptions {
  import::RateImportOptions deck;  // path, standard_input, tariff, effective_from, time_zone
  std::int64_t notice_days = 7;
  Seconds now{};
};

// Throws Error(not_found) for an unknown tariff, and what import_rates_file
// throws for the deck, its dates and --tz (nothing is written either way).
TariffDiff diff_tariff(store::Database& db, const TariffDiffOptions& options);

void write_tariff_diff(output::TreeWriter& w, const TariffDiff& diff);

}  // namespace kolmi::console
