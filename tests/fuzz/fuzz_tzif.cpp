// libFuzzer target: any bytes through kolmi's zone reader. The first byte
// picks what the rest is: '1' a POSIX TZ string (a TZif footer), anything
// else a TZif file. Bad input must be refused (nullopt), never a crash, a
// hang or undefined behaviour; a zone that parses must answer offsets and
// local times anywhere in its range. Run with scripts/fuzz.sh.
#include <cstdint>
#include <string_view>

#include "core/time/posix_tz_rule.hpp"
#include "core/time/tzif_zone.hpp"

namespace {

constexpr std::int64_t kProbes[] = {kolmi::tz::kMinTime, -2'208'988'800, -1, 0, 954'669'600,
                                    2'147'483'648, 4'102'444'800, 253'402'300'799, kolmi::tz::kMaxTime - 1};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  if (data[0] == '1') {
    if (auto rule = kolmi::tz::parse_posix_tz(rest)) {
      for (std::int64_t t : kProbes) (void)rule->span_at(t, kolmi::tz::kMinTime, kolmi::tz::kMaxTime);
    }
    return 0;
  }
  const std::string_view whole(reinterpret_cast<const char*>(data), size);
  for (std::string_view bytes : {whole, rest}) {
    if (auto zone = kolmi::tz::Zone::parse(bytes)) {
      for (std::int64_t t : kProbes) {
        (void)zone->span_at(t);
        (void)zone->to_utc(t);
      }
    }
  }
  return 0;
}
