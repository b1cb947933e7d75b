// kolmi's zone reader against references, for every zone Howard Hinnant's
// tz library (what kolmi used before) knows: its offsets and local-to-UTC
// answers up to the library's last transition (which, built with
// USE_OS_TZDB, ignores the TZif footer and keeps the last offset for ever),
// and glibc's localtime_r (which applies the footer) after it.
#include <date/tz.h>

#include <time.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "core/time/datetime.hpp"
#include "core/time/zone_directory.hpp"

using namespace kolmi;

namespace {

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86'400;

// Fewer samples in Debug and sanitizer builds, where each costs ten times more.
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
constexpr std::int64_t kSampleStep = 7 * kDay + 13 * kHour;
#else
constexpr std::int64_t kSampleStep = 29 * kDay + 13 * kHour;
#endif

std::int64_t at(int y, unsigned m, unsigned d) {
  return date::sys_seconds{date::sys_days{date::year{y} / m / d}}.time_since_epoch().count();
}

// Sets TZ for glibc for one zone, restores the previous TZ at the end.
class GlibcZone {
 public:
  explicit GlibcZone(const std::string& name) {
    if (const char* old = std::getenv("TZ")) saved_ = old;
    ::setenv("TZ", (":" + name).c_str(), 1);
    ::tzset();
  }
  ~GlibcZone() {
    if (saved_)
      ::setenv("TZ", saved_->c_str(), 1);
    else
      ::unsetenv("TZ");
    ::tzset();
  }
  GlibcZone(const GlibcZone&) = delete;
  GlibcZone& operator=(const GlibcZone&) = delete;

  std::int64_t offset(std::int64_t utc) const {
    const time_t t = static_cast<time_t>(utc);
    struct tm tm {};
    ::localtime_r(&t, &tm);
    return tm.tm_gmtoff;
  }
  // The instant of a local time by brute force on offset(): within 27 hours
  // either side there is at most one change (footer changes are months
  // apart), so the offsets at both ends are all the candidates.
  std::int64_t to_utc(std::int64_t local) const {
    const std::int64_t before = offset(local - 27 * kHour);
    const std::int64_t after = offset(local + 27 * kHour);
    std::optional<std::int64_t> best;
    for (std::int64_t o : {before, after}) {
      const std::int64_t u = local - o;
      if (offset(u) == o && (!best || u < *best)) best = u;
      if (before == after) break;
    }
    if (best) return *best;
    // A gap: the first instant with the later offset.
    std::int64_t lo = local - 27 * kHour, hi = local + 27 * kHour;
    while (hi - lo > 1) {
      const std::int64_t mid = lo + (hi - lo) / 2;
      (offset(mid) == after ? hi : lo) = mid;
    }
    return hi;
  }

 private:
  std::optional<std::string> saved_;
};

struct Mismatches {
  std::vector<std::string> first;
  std::size_t count = 0;
  void add(std::string what) {
    if (first.size() < 20) first.push_back(std::move(what));
    ++count;
  }
};

class ZoneComparison {
 public:
  ZoneComparison(const date::time_zone& ref, const tz::Zone& ours, Mismatches& out)
      : ref_(ref), ours_(ours), glibc_(ref.name()), out_(out) {}

  // The offset at utc by the reference: the tz library up to its last
  // transition, glibc after it.
  std::int64_t ref_offset(std::int64_t utc) const {
    const date::sys_info info = ref_.get_info(date::sys_seconds{std::chrono::seconds{utc}});
    if (info.end.time_since_epoch().count() < tz::kMaxTime) return info.offset.count();
    return glibc_.offset(utc);
  }

  std::int64_t ref_to_utc(std::int64_t local) const {
    const date::local_info info = ref_.get_info(date::local_seconds{std::chrono::seconds{local}});
    const date::sys_info& last = info.result == date::local_info::unique ? info.first : info.second;
    if (last.end.time_since_epoch().count() >= tz::kMaxTime) return glibc_.to_utc(local);
    if (info.result == date::local_info::nonexistent) return info.second.begin.time_since_epoch().count();
    return local - info.first.offset.count();
  }

  void offset_at(std::int64_t utc) {
    const tz::Zone::Span span = ours_.span_at(utc);
    const std::int64_t want = ref_offset(utc);
    if (span.offset != want || utc < span.begin || utc >= span.end) {
      out_.add(fmt::format("{} offset at {}: {} in [{}, {}), want {}", ref_.name(), utc, span.offset,
                           span.begin, span.end, want));
    }
  }

  void to_utc(std::int64_t local) {
    const std::int64_t got = ours_.to_utc(local);
    const std::int64_t want = ref_to_utc(local);
    if (got != want) out_.add(fmt::format("{} to_utc({}): {}, want {}", ref_.name(), local, got, want));
  }

 private:
  const date::time_zone& ref_;
  const tz::Zone& ours_;
  GlibcZone glibc_;
  Mismatches& out_;
};

void compare_zone(const date::time_zone& ref, const tz::Zone& ours, Mismatches& out) {
  ZoneComparison cmp(ref, ours, out);
  const std::int64_t from = at(1900, 1, 1), till = at(2100, 1, 1);
  // Every transition of the reference, and of ours (which sees the
  // footer's past 2037), ±1 s, with the local times around each.
  auto around = [&](std::int64_t t) {
    for (std::int64_t d : {-1, 0, 1}) cmp.offset_at(t + d);
    const std::int64_t before = cmp.ref_offset(t - 1), after = cmp.ref_offset(t);
    for (std::int64_t o : {before, after})
      for (std::int64_t d : {-1, 0, 1}) cmp.to_utc(t + o + d);
    cmp.to_utc(t + (before + after) / 2);  // inside the gap or overlap
  };
  for (date::sys_info info = ref.get_info(date::sys_seconds{std::chrono::seconds{from}});
       info.end.time_since_epoch().count() < till; info = ref.get_info(info.end))
    around(info.end.time_since_epoch().count());
  for (tz::Zone::Span s = ours.span_at(from); s.end < till; s = ours.span_at(s.end)) around(s.end);
  // A sample of instants, read as UTC and as local times, 1800 to 2400;
  // sparser past 2100, where glibc, the reference there, parses the TZ
  // string again on every call (most of this test's time).
  for (std::int64_t t = at(1800, 1, 1); t < at(2400, 1, 1); t += t < till ? kSampleStep : 3 * kSampleStep) {
    cmp.offset_at(t);
    cmp.to_utc(t);
  }
}

}  // namespace

TEST_CASE("every zone the tz library knows reads the same with kolmi's TZif reader", "[time][tzif]") {
  const date::tzdb& db = date::get_tzdb();
  REQUIRE(db.zones.size() > 300);
  Mismatches mismatches;
  std::vector<std::string> unknown;
  for (const date::time_zone& ref : db.zones) {
    const tz::Zone* ours = tz::find_zone(ref.name());
    if (!ours) {
      unknown.push_back(ref.name());
      continue;
    }
    compare_zone(ref, *ours, mismatches);
  }
  INFO(fmt::format("{} mismatches, the first: {}", mismatches.count, fmt::join(mismatches.first, "\n")));
  CHECK(mismatches.count == 0);
  INFO(fmt::format("unknown: {}", fmt::join(unknown, " ")));
  CHECK(unknown.empty());
}

TEST_CASE("kolmi knows exactly the zone files the tz library listed", "[time][tzif]") {
  // Every file under the zone directory, as a name: each is a zone for
  // kolmi exactly when the tz library had it in its list (posix/, right/,
  // posixrules, Factory, the .tab files and tzdata.zi are not).
  std::set<std::string> listed;
  for (const date::time_zone& z : date::get_tzdb().zones) listed.insert(z.name());
  const std::filesystem::path root(tz::kSystemZoneDir);
  std::vector<std::string> differ;
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_directory()) continue;
    ++files;
    const std::string name = entry.path().lexically_relative(root).string();
    if (tz::load_zone(tz::kSystemZoneDir, name).has_value() != (listed.count(name) == 1))
      differ.push_back(name);
  }
  CHECK(files > listed.size());
  INFO(fmt::format("known to one and not the other: {}", fmt::join(differ, " ")));
  CHECK(differ.empty());
}

TEST_CASE("zones past their last transition follow the TZif footer's rule", "[time][tzif]") {
  // Fat tzdata lists transitions up to 2037; these dates come from the rule.
  auto offset = [](const char* zone, const char* when) {
    return TimeZone(zone).offset_at(*parse_utc(when)).offset.count() / 60;
  };
  CHECK(offset("America/New_York", "2050-07-01 12:00:00") == -4 * 60);
  CHECK(offset("America/New_York", "2050-12-01 12:00:00") == -5 * 60);
  CHECK(offset("Europe/Vilnius", "2300-07-01 12:00:00") == 3 * 60);
  CHECK(offset("Australia/Lord_Howe", "2100-01-01 00:00:00") == 11 * 60);  // a 30-minute DST
  CHECK(offset("Australia/Lord_Howe", "2100-07-01 00:00:00") == 10 * 60 + 30);
  CHECK(offset("America/Nuuk", "2060-07-01 00:00:00") == -1 * 60);  // changes at -1:00 local
  CHECK(offset("America/Nuuk", "2060-01-01 00:00:00") == -2 * 60);
  CHECK(offset("Europe/Dublin", "2090-01-15 00:00:00") == 0);  // "negative DST" in winter
  CHECK(offset("Europe/Dublin", "2090-07-15 00:00:00") == 60);
  CHECK(offset("Asia/Kolkata", "2200-07-15 00:00:00") == 5 * 60 + 30);
  // The New York spring gap of 2050 (March 13, 02:00 -> 03:00).
  const TimeZone ny("America/New_York");
  CHECK(format_utc(ny.to_utc("2050-03-13 02:30:00")) == "2050-03-13 07:00:00");
  CHECK(format_utc(ny.to_utc("2050-11-06 01:30:00")) == "2050-11-06 05:30:00");  // the earlier
}
