// The TZif parser on hand-made files (RFC 8536): which blocks it reads,
// what it refuses, and the spans and local times it answers.
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "core/time/tzif_zone.hpp"

using namespace kolmi::tz;

namespace {

constexpr std::int64_t kHour = 3600;

void put32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xff);
}
void put64(std::string& out, std::int64_t v) {
  put32(out, static_cast<std::uint32_t>(static_cast<std::uint64_t>(v) >> 32));
  put32(out, static_cast<std::uint32_t>(v));
}

struct TzifFile {
  char version = '2';
  std::vector<std::pair<std::int64_t, unsigned char>> transitions;  // instant, type index
  std::vector<std::pair<std::int32_t, bool>> types{{0, false}};     // utoff, isdst
  std::uint32_t leapcnt = 0;
  std::string footer;

  std::string block(int time_size) const {
    std::string out = "TZif";
    out += version == '1' ? '\0' : version;
    out += std::string(15, '\0');
    put32(out, 0);  // isutcnt
    put32(out, 0);  // isstdcnt
    put32(out, leapcnt);
    put32(out, static_cast<std::uint32_t>(transitions.size()));
    put32(out, static_cast<std::uint32_t>(types.size()));
    put32(out, 4);  // charcnt: "XYZ\0"
    for (const auto& [at, type] : transitions) {
      if (time_size == 8)
        put64(out, at);
      else
        put32(out, static_cast<std::uint32_t>(at));
    }
    for (const auto& [at, type] : transitions) out += static_cast<char>(type);
    for (const auto& [utoff, isdst] : types) {
      put32(out, static_cast<std::uint32_t>(utoff));
      out += static_cast<char>(isdst ? 1 : 0);
      out += '\0';
    }
    out += std::string("XYZ\0", 4);
    for (std::uint32_t i = 0; i < leapcnt; ++i) {
      if (time_size == 8)
        put64(out, 0);
      else
        put32(out, 0);
      put32(out, 1);
    }
    return out;
  }
  std::string bytes() const {
    if (version == '1') return block(4);
    // A v1 block saying something else, to prove the 64-bit block is read.
    TzifFile v1;
    v1.version = version;
    v1.types = {{7 * kHour, false}};
    return v1.block(4) + block(8) + "\n" + footer + "\n";
  }
};

}  // namespace

TEST_CASE("TZif: the 64-bit block and the footer of versions 2 to 4", "[time][tzif]") {
  for (char version : {'2', '3', '4'}) {
    TzifFile f;
    f.version = version;
    f.types = {{-5 * kHour, false}, {-4 * kHour, true}};
    // 1900 (before 32-bit time) and 2000-11-05 06:00 UTC (the end of DST
    // as the footer has it, so the two agree).
    f.transitions = {{-2'208'988'800, 1}, {973'404'000, 0}};
    f.footer = "EST5EDT,M3.2.0,M11.1.0";
    const auto zone = Zone::parse(f.bytes());
    REQUIRE(zone);
    CHECK(zone->span_at(-3'000'000'000).offset == -5 * kHour);  // type 0 before the first
    const Zone::Span middle = zone->span_at(0);
    CHECK(middle.offset == -4 * kHour);
    CHECK(middle.begin == -2'208'988'800);
    CHECK(middle.end == 973'404'000);
    // 2050-07-01 follows the footer, its span clipped to real changes.
    CHECK(zone->span_at(2'539'987'200).offset == -4 * kHour);
    CHECK(zone->span_at(2'539'987'200).begin > 973'404'000);
    // Right after the last transition, before the footer's first change.
    const Zone::Span after = zone->span_at(973'404'000);
    CHECK(after.offset == -5 * kHour);
    CHECK(after.begin == 973'404'000);
  }
}

TEST_CASE("TZif: version 1 files use the 32-bit block, the last type for ever", "[time][tzif]") {
  TzifFile f;
  f.version = '1';
  f.types = {{kHour, false}, {2 * kHour, false}};
  f.transitions = {{1'000'000'000, 1}};
  const auto zone = Zone::parse(f.bytes());
  REQUIRE(zone);
  CHECK(zone->span_at(999'999'999).offset == kHour);
  CHECK(zone->span_at(1'000'000'000).offset == 2 * kHour);
  CHECK(zone->span_at(kMaxTime - 1).end == kMaxTime);
}

TEST_CASE("TZif: no transitions means the footer (or type 0) for all time", "[time][tzif]") {
  TzifFile f;
  f.types = {{-5 * kHour, false}};
  f.footer = "EST5EDT,M3.2.0,M11.1.0";
  const auto dst = Zone::parse(f.bytes());
  REQUIRE(dst);
  CHECK(dst->span_at(15'638'400).offset == -4 * kHour);  // 1970-07-01
  f.footer = "";
  const auto fixed = Zone::parse(f.bytes());
  REQUIRE(fixed);
  const Zone::Span all = fixed->span_at(15'638'400);
  CHECK(all.offset == -5 * kHour);
  CHECK(all.begin == kMinTime);
  CHECK(all.end == kMaxTime);
}

TEST_CASE("TZif: transitions that keep the offset make no span boundary", "[time][tzif]") {
  TzifFile f;
  f.types = {{0, false}, {0, true}, {kHour, false}};
  f.transitions = {{100, 1}, {200, 0}, {300, 2}};
  const auto zone = Zone::parse(f.bytes());
  REQUIRE(zone);
  const Zone::Span s = zone->span_at(150);
  CHECK(s.begin == kMinTime);
  CHECK(s.end == 300);
}

TEST_CASE("TZif: local times in gaps, overlaps and plain stretches", "[time][tzif]") {
  TzifFile f;
  f.types = {{0, false}, {kHour, true}};
  f.transitions = {{10 * kHour, 1}, {20 * kHour, 0}};
  const auto zone = Zone::parse(f.bytes());
  REQUIRE(zone);
  CHECK(zone->to_utc(9 * kHour) == 9 * kHour);
  // 10:00 jumps to 11:00: 10:30 does not exist, it moves to the gap's end.
  CHECK(zone->to_utc(10 * kHour + 1800) == 10 * kHour);
  CHECK(zone->to_utc(11 * kHour) == 10 * kHour);
  CHECK(zone->to_utc(12 * kHour) == 11 * kHour);
  // 21:00 goes back to 20:00: 20:30 happens twice, the earlier one counts.
  CHECK(zone->to_utc(20 * kHour + 1800) == 19 * kHour + 1800);
  CHECK(zone->to_utc(21 * kHour) == 21 * kHour);
  // Far ends stay in range.
  CHECK(zone->to_utc(kMinTime - 10 * 86'400) <= kMinTime);
  CHECK(zone->to_utc(kMaxTime + 10 * 86'400) >= kMaxTime - 86'400);
}

TEST_CASE("TZif: what is not a well-formed zone file is refused", "[time][tzif]") {
  TzifFile good;
  good.types = {{0, false}, {kHour, false}};
  good.transitions = {{100, 1}};
  good.footer = "<+01>-1";
  const std::string bytes = good.bytes();
  REQUIRE(Zone::parse(bytes));

  CHECK_FALSE(Zone::parse(""));
  CHECK_FALSE(Zone::parse("TZif"));
  CHECK_FALSE(Zone::parse("# tzdb data for zone.tab\nAD\t+4230+00131\tEurope/Andorra\n"));
  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  CHECK_FALSE(Zone::parse(bad_magic));
  std::string bad_version = bytes;
  bad_version[4] = '1';
  CHECK_FALSE(Zone::parse(bad_version));
  for (std::size_t cut : {std::size_t{44}, bytes.size() / 2, bytes.size() - 2, bytes.size() - 1}) {
    INFO("cut at " << cut);
    CHECK_FALSE(Zone::parse(bytes.substr(0, cut)));
  }

  TzifFile leap = good;
  leap.leapcnt = 1;  // a "right/" zone
  CHECK_FALSE(Zone::parse(leap.bytes()));
  TzifFile bad_index = good;
  bad_index.transitions = {{100, 2}};
  CHECK_FALSE(Zone::parse(bad_index.bytes()));
  TzifFile unordered = good;
  unordered.transitions = {{100, 1}, {100, 0}};
  CHECK_FALSE(Zone::parse(unordered.bytes()));
  TzifFile no_types = good;
  no_types.types.clear();
  no_types.transitions.clear();
  CHECK_FALSE(Zone::parse(no_types.bytes()));
  TzifFile bad_dst = good;
  bad_dst.types = {{0, false}};
  bad_dst.transitions.clear();
  std::string two = bad_dst.bytes();
  // isdst of the one type in the 64-bit block: before its designation
  // index, the "XYZ\0" designations and the footer between newlines.
  const std::size_t isdst = two.size() - 2 - bad_dst.footer.size() - 4 - 2;
  two[isdst] = '\x01';
  CHECK(Zone::parse(two));  // the right byte: 1 is fine
  two[isdst] = '\x02';
  CHECK_FALSE(Zone::parse(two));
  TzifFile bad_footer = good;
  bad_footer.footer = "not a rule";
  CHECK_FALSE(Zone::parse(bad_footer.bytes()));
  std::string unterminated = bytes;
  unterminated.pop_back();
  CHECK_FALSE(Zone::parse(unterminated));
}
