#pragma once
// The CDR file's wall-clock times (the PBX's zone, --source-tz) turned into
// the UTC text the calls table stores, a million times over: the zone's
// rules are looked up once per span between two transitions (DST changes),
// not once per record, and the text is written into a fixed buffer.
#include <array>
#include <optional>
#include <string_view>

#include "core/time/clock.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::import {

class SourceClock {
 public:
  // Throws Error(usage) "unknown time zone 'NAME'".
  explicit SourceClock(std::string_view zone_name);

  // `local` is 'YYYY-MM-DD HH:MM:SS' (or with 'T'). Returns the UTC instant
  // and leaves its text in utc_text(); nullopt when `local` is malformed or
  // its UTC year falls outside 0000-9999. DST gaps and overlaps resolve as
  // TimeZone::to_utc does (a time in a gap moves past it; an ambiguous time
  // is the earlier instant).
  std::optional<Seconds> to_utc(std::string_view local);
  std::string_view utc_text() const { return {text_.data(), text_.size()}; }

 private:
  TimeZone zone_;
  bool is_utc_ = false;  // nothing to convert
  bool have_span_ = false;
  Seconds span_begin_{}, span_end_{};
  std::chrono::seconds span_offset_{};
  std::array<char, 19> text_{};
};

}  // namespace kolmi::import
