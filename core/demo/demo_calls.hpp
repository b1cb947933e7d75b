#pragma once
// The demo's call records (CDRs): outgoing, incoming and internal calls over
// the last 90 days, the busiest user being demo, outgoing external calls
// priced by the rating engine.
#include <cstdint>
#include <functional>
#include <vector>

#include "core/demo/demo_people.hpp"
#include "core/demo/demo_reference.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::demo {

// Inserts `count` calls, in order of start time, none starting after `now`;
// a few of the demo user's fall into today on the demo user's wall clock.
// The tariffs must already be in `db` (the rater reads them from it).
// `checkpoint`, when given, is called after every kCallsPerCheckpoint calls,
// everything before them written (calls and totals): the demo commits there
// on a server. Throws Error(storage).
inline constexpr std::int64_t kCallsPerCheckpoint = 100'000;
void insert_calls(store::Database& db, const Reference& ref, const std::vector<DemoUser>& users,
                  std::int64_t count, std::uint64_t seed, Seconds now,
                  const std::function<void()>& checkpoint = {});

}  // namespace kolmi::demo
