#pragma once
// One time zone's rules as a TZif file states them (RFC 8536, versions 1
// to 4): the UTC offsets between explicit transitions, and the footer's
// POSIX TZ rule after the last one. Parsing takes the file's bytes, so tests
// feed it hand-made files; zone_directory.hpp finds and caches the files.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/time/posix_tz_rule.hpp"

namespace kolmi::tz {

// The first and last instants kolmi's zones describe (seconds since the
// epoch): -32767-01-01 and 32767-12-31, the bounds Howard Hinnant's tz
// library gave the first and last spans, kept so spans look the same.
inline constexpr std::int64_t kMinTime = -1'096'193'779'200;
inline constexpr std::int64_t kMaxTime = 971'890'876'800;

class Zone {
 public:
  // The UTC offset (seconds east) over [begin, end); the offset differs on
  // both sides of each end.
  struct Span {
    std::int64_t begin;
    std::int64_t end;
    std::int32_t offset;
  };

  // A zone at a fixed offset for all time (UTC needs no file).
  static Zone fixed(std::int32_t offset);
  // Reads TZif data: the 64-bit block of versions 2+ and its footer, or the
  // 32-bit block of a version 1 file. nullopt when it is not TZif, is
  // truncated or inconsistent, has leap-second records (the "right/" zones)
  // or a footer that is not a POSIX TZ string.
  static std::optional<Zone> parse(std::string_view bytes);

  // The span holding the instant `utc`.
  Span span_at(std::int64_t utc) const;
  // The instant a local wall-clock time (seconds since the epoch read on
  // the zone's clock) happens: in an overlap the earlier instant; in a gap
  // the instant the gap ends (the first wall-clock time past it).
  std::int64_t to_utc(std::int64_t local) const;

 private:
  Zone() = default;

  // Transition instants, ascending, each changing the offset; offsets_[i]
  // holds from at_[i] on. Before at_[0] (or always, with no transitions
  // and no footer) the offset is initial_offset_.
  std::vector<std::int64_t> at_;
  std::vector<std::int32_t> offsets_;
  std::int32_t initial_offset_ = 0;
  std::optional<PosixTzRule> footer_;  // after the last transition
};

}  // namespace kolmi::tz
