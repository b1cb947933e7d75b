#pragma once
// kolmi admin rerate --diff: the calls whose price a rerate changes (or
// would change, in a dry run), each with its old and new price, and the
// totals per user and overall.
//
// The report is written after the rerate ends, so that a rerate that fails
// half-way prints nothing but its error, and so that the counts come first.
// Until then the changed calls wait in an unnamed temporary file (flat
// memory however many change); only the per-user totals are kept in memory
// (one entry per user whose calls changed).
//
// The shape (XML, JSON):
//   <rerate>
//     <summary> examined changed unrated dry_run   (as without --diff)
//     <calls><call> call_id calldate user_id user dst old_price new_price difference currency
//     <users><user> user_id user calls old_price new_price difference currency   (by login)
//     <total> calls old_price new_price difference currency
// The row formats print the changed calls, one row each (the main list);
// the counts and totals are the tree formats'. An unrated price is empty
// (JSON null) and counts as 0 in differences and totals. Prices are in the
// default currency, as calls store them.
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <unordered_map>

#include "core/decimal.hpp"
#include "core/import/rerate.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"

namespace kolmi::import {

struct PriceTotals {
  std::int64_t calls = 0;
  Decimal old_price;
  Decimal new_price;
};

class RerateDiff {
 public:
  // Throws Error(storage) when no temporary file can be made.
  RerateDiff();
  RerateDiff(const RerateDiff&) = delete;
  RerateDiff& operator=(const RerateDiff&) = delete;
  ~RerateDiff();

  // Records one changed call. Throws Error(storage) ("disk is full"),
  // Error(action_failed) when a total no longer fits.
  void add(const PriceChange& change);

  const PriceTotals& total() const { return total_; }
  std::int64_t size() const { return total_.calls; }

  // The whole report (see above), the logins read from `db`. Throws
  // Error(storage).
  void write(output::TreeWriter& w, store::Database& db, const RerateSummary& summary, bool dry_run,
             std::string_view currency);

 private:
  void write_calls(output::TreeWriter& w, const std::unordered_map<std::int64_t, std::string>& logins,
                   std::string_view currency);
  [[noreturn]] void fail(const char* what) const;

  std::FILE* file_ = nullptr;
  std::string record_;  // one encoded call, reused
  std::unordered_map<std::int64_t, PriceTotals> by_user_;  // user id (0: none) -> totals
  PriceTotals total_;
};

}  // namespace kolmi::import
