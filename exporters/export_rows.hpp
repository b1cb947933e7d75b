#pragma once
// What the personal rates and call list exports (CSV and PDF) are made of:
// rows pulled one at a time from a source, and the few facts a title needs.
// Exporters take these and a byte sink; they never open the database (the
// CLI opens it, builds the cursors, and hands the rows over), so a million
// rows cost one row of memory in the exporter.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/pages/call_text.hpp"
#include "core/pages/calls_breakdown.hpp"
#include "core/pages/i18n.hpp"
#include "core/pages/personal_rates.hpp"
#include "core/store/call_list.hpp"
#include "core/time/datetime.hpp"
#include "exporters/document_facts.hpp"

namespace kolmi::exporters {

// Where exported bytes go: a file being written atomically, or stdout.
using ByteSink = std::function<void(std::string_view)>;

// One call as the call list exports show it (MOR's columns: date,
// called_from, called_to, destination, duration, hangup_cause, price). The
// views are valid until the source is asked for the next row.
struct CallExportRow {
  std::string_view date;          // start on the user's wall clock, YYYY-MM-DD HH:MM:SS
  std::string_view called_from;   // calls.src
  std::string_view called_to;     // calls.dst
  std::string_view destination;   // destination name of the matched prefix; "" when none
  std::int64_t billsec = 0;       // talk time in seconds
  std::string_view duration;      // billsec as HH:MM:SS
  std::string_view hangup_cause;  // Answered, No Answer, Busy, Failed, in the export's language
  std::optional<Decimal> price;   // exact, in the export currency; nullopt: not rated
  std::string_view price_text;    // price rounded to the digits with '.', "" when not rated
};

// Pull sources: fill the row and return true, or return false at the end.
using CallRowSource = std::function<bool(CallExportRow&)>;
using RateRowSource = std::function<bool(pages::PersonalRate&)>;

// The call list export's title facts.
struct CallsExportInfo {
  std::string full_name;    // the user's first and last name
  std::string period_from;  // user's wall clock, YYYY-MM-DD HH:MM:SS
  std::string period_till;
  std::string currency;     // code the prices are in
  std::int64_t total_calls = 0;  // the number of rows the source will give
  int digits = 2;           // decimals of prices (Nice_Number_Digits)
  pages::Lang lang = pages::Lang::en;
  // The PDF's letterhead and summary (the CSV needs neither).
  DocumentFacts document{};
  std::optional<pages::CallsBreakdown> breakdown{};  // nullopt: no summary block
};

// The personal rates export's title facts.
struct RatesExportInfo {
  std::string full_name;  // the user's first and last name
  std::string tariff;     // tariffs.name of the user's tariff; "" when none
  std::string currency;   // code the rates are in
  int digits = 2;
  pages::Lang lang = pages::Lang::en;
  DocumentFacts document{};  // the PDF's letterhead
};

// Adapts a store::CallCursor (the calls page's query) into export rows, with
// the same texts and prices the calls page shows: wall-clock dates in
// `zone`, prices converted by `price` (exact in `row.price`, rounded to
// `digits` in `row.price_text`), outcomes in `lang`.
class CallExportSource {
 public:
  // `zone` must outlive the source.
  CallExportSource(store::CallCursor cursor, const TimeZone& zone, pages::PriceConverter price, int digits,
                   pages::Lang lang);
  // Throws Error(storage) as CallCursor::next does.
  bool next(CallExportRow& row);

 private:
  store::CallCursor cursor_;
  pages::CallText text_;
  pages::PriceConverter price_;
  pages::Lang lang_;
};

}  // namespace kolmi::exporters
