#include "core/time/tzif_zone.hpp"

#include <algorithm>
#include <limits>

namespace kolmi::tz {

namespace {

constexpr std::size_t kHeaderSize = 44;

std::uint32_t be32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16 |
         static_cast<std::uint32_t>(p[2]) << 8 | static_cast<std::uint32_t>(p[3]);
}

std::int64_t be64(const unsigned char* p) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(be32(p)) << 32 | be32(p + 4));
}

// RFC 8536 §3.1: "TZif", a version, 15 unused bytes and six counts.
struct Header {
  unsigned char version = 0;
  std::uint32_t isutcnt = 0, isstdcnt = 0, leapcnt = 0, timecnt = 0, typecnt = 0, charcnt = 0;

  // Bytes of the data block that follows, with `time_size`-byte times.
  std::uint64_t block_size(std::uint64_t time_size) const {
    return timecnt * time_size + timecnt + typecnt * std::uint64_t{6} + charcnt + leapcnt * (time_size + 4) +
           isstdcnt + isutcnt;
  }
};

std::optional<Header> read_header(std::string_view bytes, std::size_t pos) {
  if (bytes.size() < pos + kHeaderSize || bytes.substr(pos, 4) != "TZif") return std::nullopt;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + pos);
  Header h;
  h.version = p[4];
  h.isutcnt = be32(p + 20);
  h.isstdcnt = be32(p + 24);
  h.leapcnt = be32(p + 28);
  h.timecnt = be32(p + 32);
  h.typecnt = be32(p + 36);
  h.charcnt = be32(p + 40);
  // §3.1's consistency rules (at most 256 types: an index is one byte).
  if (h.version != 0 && h.version < '2') return std::nullopt;
  if (h.typecnt == 0 || h.typecnt > 256 || h.charcnt == 0) return std::nullopt;
  if ((h.isutcnt != 0 && h.isutcnt != h.typecnt) || (h.isstdcnt != 0 && h.isstdcnt != h.typecnt))
    return std::nullopt;
  return h;
}

}  // namespace

Zone Zone::fixed(std::int32_t offset) {
  Zone z;
  z.initial_offset_ = offset;
  return z;
}

std::optional<Zone> Zone::parse(std::string_view bytes) {
  std::optional<Header> h = read_header(bytes, 0);
  if (!h) return std::nullopt;
  std::uint64_t time_size = 4;
  std::size_t pos = kHeaderSize;
  if (h->version >= '2') {
    // Skip the 32-bit block: the second header and 64-bit block follow.
    pos += h->block_size(4);
    if (pos > bytes.size()) return std::nullopt;
    h = read_header(bytes, pos);
    if (!h) return std::nullopt;
    pos += kHeaderSize;
    time_size = 8;
  }
  const std::uint64_t size = h->block_size(time_size);
  if (size > bytes.size() - pos) return std::nullopt;
  // kolmi keeps UTC as POSIX time, without leap seconds.
  if (h->leapcnt != 0) return std::nullopt;

  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data() + pos);
  const unsigned char* times = data;
  const unsigned char* indices = times + h->timecnt * time_size;
  const unsigned char* types = indices + h->timecnt;

  std::vector<std::int32_t> type_offsets(h->typecnt);
  for (std::uint32_t i = 0; i < h->typecnt; ++i) {
    const unsigned char* t = types + 6 * std::size_t{i};
    const auto utoff = static_cast<std::int32_t>(be32(t));
    if (utoff == std::numeric_limits<std::int32_t>::min() || t[4] > 1 || t[5] >= h->charcnt)
      return std::nullopt;
    type_offsets[i] = utoff;
  }

  Zone z;
  // RFC 8536 §3.2: before the first transition, time type 0.
  z.initial_offset_ = type_offsets[0];
  std::int64_t previous = std::numeric_limits<std::int64_t>::min();
  std::int32_t in_force = z.initial_offset_;
  for (std::uint32_t i = 0; i < h->timecnt; ++i) {
    const std::int64_t at = time_size == 8 ? be64(times + 8 * std::size_t{i})
                                           : static_cast<std::int32_t>(be32(times + 4 * std::size_t{i}));
    if (at <= previous || indices[i] >= h->typecnt) return std::nullopt;
    previous = at;
    // Transitions that change only the abbreviation or the DST flag leave
    // the offset alone: one span covers them.
    const std::int32_t offset = type_offsets[indices[i]];
    if (offset == in_force) continue;
    z.at_.push_back(at);
    z.offsets_.push_back(offset);
    in_force = offset;
  }

  if (time_size == 8) {
    // The footer: "\n" POSIX-TZ-string "\n" (§3.3); empty means none.
    pos += size;
    if (pos >= bytes.size() || bytes[pos] != '\n') return std::nullopt;
    const std::size_t close = bytes.find('\n', pos + 1);
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view text = bytes.substr(pos + 1, close - pos - 1);
    if (!text.empty()) {
      z.footer_ = parse_posix_tz(text);
      if (!z.footer_) return std::nullopt;
    }
  }
  return z;
}

Zone::Span Zone::span_at(std::int64_t utc) const {
  if (at_.empty()) {
    // No transitions: the footer, when there is one, rules all time
    // (RFC 9636 §3.2 settles what RFC 8536 left open).
    if (footer_) {
      const PosixTzRule::Span s = footer_->span_at(utc, kMinTime, kMaxTime);
      return {s.begin, s.end, s.offset};
    }
    return {kMinTime, kMaxTime, initial_offset_};
  }
  if (utc < at_.front()) return {kMinTime, at_.front(), initial_offset_};
  const std::size_t i =
      static_cast<std::size_t>(std::upper_bound(at_.begin(), at_.end(), utc) - at_.begin()) - 1;
  if (i + 1 < at_.size()) return {at_[i], at_[i + 1], offsets_[i]};
  if (!footer_) return {at_[i], kMaxTime, offsets_[i]};
  const PosixTzRule::Span s = footer_->span_at(utc, at_[i], kMaxTime);
  return {std::max(s.begin, at_[i]), s.end, s.offset};
}

std::int64_t Zone::to_utc(std::int64_t local) const {
  // Offsets stay within a day of UTC (±26 hours at most), so the span two
  // days earlier ends before any instant that can show `local`. Walk the
  // spans forward: the first whose clock shows `local` gives the earlier
  // instant of an overlap; one whose clock starts past `local` ends a gap.
  constexpr std::int64_t kReach = 2 * 86'400;
  const std::int64_t from = std::clamp(local, kMinTime + kReach, kMaxTime - kReach) - kReach;
  Span s = span_at(from);
  for (;;) {
    const std::int64_t utc = local - s.offset;
    if (utc < s.begin) return s.begin;
    if (utc < s.end || s.end >= kMaxTime) return utc;
    s = span_at(s.end);
  }
}

}  // namespace kolmi::tz
