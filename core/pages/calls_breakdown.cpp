#include "core/pages/calls_breakdown.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/error.hpp"
#include "core/pages/call_text.hpp"
#include "core/store/call_list.hpp"

namespace kolmi::pages {

namespace {

std::int64_t checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) throw storage_error("the calls' total is too large to add up");
  return sum;
}

std::size_t characters(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void keep_longer(std::string& kept, std::string_view candidate) {
  if (characters(candidate) > characters(kept)) kept.assign(candidate);
}

}  // namespace

CallsBreakdown break_down_calls(const PageContext& pc, const CallsPage& page, int digits) {
  store::CallCursor calls = store::CallCursor::open(pc.db, page.filter);
  const PriceConverter convert(pc.currencies, page.currency);
  CallsBreakdown b;
  std::int64_t nanos = 0;
  std::int64_t rounded_nanos = 0;
  // Per destination: nano sums as integers (a destination's share can never
  // exceed the total, which is checked).
  std::unordered_map<std::string, DestinationSpend> by_name;
  std::string key;
  while (calls.next()) {
    const store::CallRow& row = calls.row();
    ++b.totals.calls;
    if (store::outcome_of(row.disposition) == store::CallOutcome::answered) ++b.totals.answered;
    b.totals.billsec = checked_add(b.totals.billsec, row.billsec);
    key.assign(row.destination);
    DestinationSpend& d = by_name[key];
    ++d.calls;
    d.billsec += row.billsec;
    if (row.price) {
      const Decimal price = convert(*row.price);
      nanos = checked_add(nanos, price.nanos());
      rounded_nanos = checked_add(rounded_nanos, price.rounded(digits).nanos());
      d.price += price;
    } else {
      ++b.totals.unrated;
    }
    keep_longer(b.longest_src, row.src);
    keep_longer(b.longest_dst, row.dst);
  }
  b.totals.price = Decimal::from_nanos(nanos);
  b.rounded_rows = Decimal::from_nanos(rounded_nanos);
  b.destinations.reserve(by_name.size());
  for (auto& [name, spend] : by_name) {
    spend.name = name;
    b.destinations.push_back(std::move(spend));
  }
  std::sort(b.destinations.begin(), b.destinations.end(), [](const DestinationSpend& x, const DestinationSpend& y) {
    if (x.price != y.price) return x.price > y.price;
    return x.name < y.name;
  });
  return b;
}

}  // namespace kolmi::pages
