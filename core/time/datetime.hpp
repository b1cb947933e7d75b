#pragma once
// Stored times are UTC text 'YYYY-MM-DD HH:MM:SS' (MOR's DATETIME); each user
// sees and types times in their IANA zone. These helpers convert between the
// two through the system's tzdata, read by core/time/zone_directory.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/time/clock.hpp"

namespace kolmi::tz {
class Zone;
}

namespace kolmi {

// 'YYYY-MM-DD HH:MM:SS' of a UTC instant.
std::string format_utc(Seconds t);
// Parses 'YYYY-MM-DD HH:MM:SS' (or 'YYYY-MM-DD', meaning 00:00:00) as UTC:
// exactly the forms kolmi documents, nothing else ('T' separators, zone
// suffixes and fractions are refused, so a typed time means one thing).
// nullopt when malformed or not a real calendar date/time.
std::optional<Seconds> parse_utc(std::string_view text);
// parse_utc, also taking 'YYYY-MM-DDTHH:MM:SS': for CDR files only, whose
// writers use either separator; never for what a person types.
std::optional<Seconds> parse_utc_or_iso(std::string_view text);

// A user's time zone. Construction throws Error(usage) for an unknown name.
class TimeZone {
 public:
  explicit TimeZone(std::string_view iana_name);
  static TimeZone utc() { return TimeZone("UTC"); }

  const std::string& name() const { return name_; }
  // 'YYYY-MM-DD HH:MM:SS' of the instant on this zone's wall clock.
  std::string format_local(Seconds t) const;
  // 'YYYY-MM-DD' of the instant on this zone's wall clock.
  std::string local_date(Seconds t) const;
  // The instant of a local wall-clock time ('YYYY-MM-DD[ HH:MM:SS]', as
  // parse_utc reads it; Error(usage) otherwise). In a DST gap the time is
  // moved forward past the gap; in an overlap the earlier instant is taken.
  Seconds to_utc(std::string_view local_datetime) const;
  // The local day containing t, as days since 1970-01-01 on this zone's
  // wall clock (LocalTimeFormatter numbers days the same way).
  std::int64_t local_day(Seconds t) const;
  // The instant local `day` (days since 1970-01-01) begins: its midnight,
  // or the end of a DST gap that swallows midnight. Past year 9999 too.
  Seconds start_of_local_day(std::int64_t day) const;
  // Start of the local day containing t, as a UTC instant.
  Seconds start_of_day(Seconds t) const;
  // Start of the local month containing t, as a UTC instant.
  Seconds start_of_month(Seconds t) const;
  // Start of the next local day after the one containing t.
  Seconds start_of_next_day(Seconds t) const;
  // Start of the next local month after the one containing t.
  Seconds start_of_next_month(Seconds t) const;

  // The UTC offset in force at t and the span [begin, end) of the zone's
  // rules over which it holds (between two transitions), so a caller
  // converting many nearby instants looks the rules up once per span.
  struct OffsetSpan {
    Seconds begin;
    Seconds end;
    std::chrono::seconds offset;
  };
  OffsetSpan offset_at(Seconds t) const;

 private:
  const tz::Zone* zone_;  // kept for the process by tz::find_zone
  std::string name_;
};

// True when `name` is an IANA zone known to this system.
bool is_known_time_zone(std::string_view name);

}  // namespace kolmi
