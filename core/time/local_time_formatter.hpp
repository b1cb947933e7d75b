#pragma once
// Local wall-clock text for long lists of instants (a call list of a
// million rows): TimeZone::format_local looks the zone's rules up and
// allocates a string per call; this formatter keeps the UTC offset of the
// span between two transitions the last instant fell in, and the date text
// of the last local day, so a row costs a few integer operations and no
// allocation. Its text is exactly TimeZone::format_local's.
#include <array>
#include <cstdint>
#include <string_view>

#include "core/time/datetime.hpp"

namespace kolmi {

class LocalTimeFormatter {
 public:
  static constexpr std::size_t kSize = 19;  // 'YYYY-MM-DD HH:MM:SS'
  using Buffer = std::array<char, kSize>;

  // Keeps a reference to `zone`, which must outlive the formatter.
  explicit LocalTimeFormatter(const TimeZone& zone) : zone_(zone) {}

  // 'YYYY-MM-DD HH:MM:SS' of t on the zone's wall clock, written into `out`;
  // the view points into `out`.
  std::string_view format(Seconds t, Buffer& out);
  // The local calendar day of t, as days since 1970-01-01.
  std::int64_t local_day(Seconds t);
  // 'YYYY-MM-DD' of a day number as local_day returns it.
  static std::string_view day_text(std::int64_t day, std::array<char, 10>& out);

 private:
  // Seconds since the epoch on the local wall clock.
  std::int64_t local_seconds(Seconds t);

  const TimeZone& zone_;
  bool have_span_ = false;
  Seconds span_begin_{};
  Seconds span_end_{};
  std::int64_t offset_ = 0;
  std::int64_t cached_day_ = 0;
  bool have_day_ = false;
  std::array<char, 10> day_text_{};
};

}  // namespace kolmi
