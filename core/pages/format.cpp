#include "core/pages/format.hpp"

#include <fmt/format.h>

namespace kolmi::pages {

std::string format_duration(std::int64_t seconds) {
  if (seconds < 0) seconds = 0;
  return fmt::format("{:02}:{:02}:{:02}", seconds / 3600, (seconds / 60) % 60, seconds % 60);
}

}  // namespace kolmi::pages
