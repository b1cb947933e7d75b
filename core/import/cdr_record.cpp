#include "core/import/cdr_record.hpp"

#include <array>
#include <charconv>

#include <fmt/format.h>

#include "core/import/csv_reader.hpp"
#include "core/import/import_limits.hpp"
#include "core/text/utf8_text.hpp"
#include "core/time/datetime.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::import {

namespace {

// Where each CdrRecord field sits in a layout; -1 when the layout lacks it.
struct Columns {
  int accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start, duration,
      billsec, disposition, uniqueid, userfield;
};

constexpr Columns kAsterisk{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 16, 17};
constexpr Columns kAsteriskCustom{15, 1, 2, 3, 0, 4, 5, 6, 7, 8, 11, 12, 13, 16, 17};
// FreeSWITCH: caller_id_name(0) number(1) destination(2) context(3) start(4)
// answer(5) end(6) duration(7) billsec(8) hangup_cause(9) uuid(10) bleg(11)
// accountcode(12). The disposition comes from hangup_cause.
constexpr Columns kFreeswitch{12, 1, 2, 3, -1, -1, -1, -1, -1, 4, 7, 8, 9, 10, -1};

std::int64_t parse_seconds(std::string_view text, std::string_view what, std::size_t line) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  const bool digits = !text.empty() && p == text.data() + text.size();
  if (digits && (ec == std::errc::result_out_of_range || (ec == std::errc() && v > kMaxCallSeconds))) {
    throw ImportError(line, fmt::format("{} '{}' is too large (at most {} seconds, 7 days)", what, text::shown(text),
                                        kMaxCallSeconds));
  }
  if (!digits || ec != std::errc() || v < 0) {
    throw ImportError(line, fmt::format("{} '{}' is not a whole number of seconds", what, text::shown(text)));
  }
  return v;
}

std::string asterisk_disposition(std::string_view d, std::size_t line) {
  if (d == "ANSWERED" || d == "NO ANSWER" || d == "BUSY" || d == "FAILED") return std::string(d);
  if (d == "CONGESTION") return "FAILED";
  throw ImportError(line, fmt::format("unknown disposition '{}'", text::shown(d)));
}

struct FreeswitchCause {
  std::string_view name;
  int q850;
  std::string_view disposition;
};

// The common causes; any other is a failed call with cause 0 unknown.
constexpr std::array<FreeswitchCause, 10> kCauses{{
    {"NORMAL_CLEARING", 16, "ANSWERED"},
    {"USER_BUSY", 17, "BUSY"},
    {"NO_USER_RESPONSE", 18, "NO ANSWER"},
    {"NO_ANSWER", 19, "NO ANSWER"},
    {"ORIGINATOR_CANCEL", 487, "NO ANSWER"},
    {"CALL_REJECTED", 21, "FAILED"},
    {"UNALLOCATED_NUMBER", 1, "FAILED"},
    {"NORMAL_TEMPORARY_FAILURE", 41, "FAILED"},
    {"RECOVERY_ON_TIMER_EXPIRE", 102, "FAILED"},
    {"DESTINATION_OUT_OF_ORDER", 27, "FAILED"},
}};

void freeswitch_disposition(std::string_view cause, std::int64_t billsec, CdrRecord& r) {
  for (const auto& c : kCauses) {
    if (c.name == cause) {
      // NORMAL_CLEARING also ends calls that were never answered.
      r.disposition = c.q850 == 16 && billsec == 0 ? "NO ANSWER" : std::string(c.disposition);
      r.hangupcause = c.q850;
      return;
    }
  }
  r.disposition = "FAILED";
  r.hangupcause = 0;
}

}  // namespace

std::optional<CdrLayout> parse_cdr_layout(std::string_view name) {
  if (name == "auto") return CdrLayout::automatic;
  if (name == "asterisk") return CdrLayout::asterisk;
  if (name == "asterisk-custom") return CdrLayout::asterisk_custom;
  if (name == "freeswitch") return CdrLayout::freeswitch;
  return std::nullopt;
}

std::string_view cdr_layout_name(CdrLayout layout) {
  switch (layout) {
    case CdrLayout::asterisk: return "asterisk";
    case CdrLayout::asterisk_custom: return "asterisk-custom";
    case CdrLayout::freeswitch: return "freeswitch";
    case CdrLayout::automatic: break;
  }
  return "auto";
}

std::optional<CdrLayout> detect_cdr_layout(std::size_t columns) {
  switch (columns) {
    case 16: case 17: case 18: case 21: return CdrLayout::asterisk;
    case 19: return CdrLayout::asterisk_custom;
    case 15: return CdrLayout::freeswitch;
    default: return std::nullopt;
  }
}

bool repair_utf8(std::string_view in, std::string& out) {
  return text::repair_text(in, out, false).invalid_utf8;
}

std::string describe_repairs(const CdrRecord& r) {
  std::string out;
  if (!r.repaired_fields.empty()) {
    out = fmt::format("invalid UTF-8 in {}", fmt::join(r.repaired_fields, ", "));
  }
  if (!r.control_fields.empty()) {
    if (!out.empty()) out += " and ";
    out += fmt::format("control characters in {}", fmt::join(r.control_fields, ", "));
  }
  return out;
}

CdrRecord map_cdr_record(const std::vector<std::string_view>& f, CdrLayout layout, std::size_t line) {
  CdrRecord r;
  map_cdr_record(f, layout, line, r);
  return r;
}

void map_cdr_record(const std::vector<std::string_view>& f, CdrLayout layout, std::size_t line,
                    CdrRecord& r) {
  const Columns* cols = nullptr;
  bool count_ok = false;
  switch (layout) {
    case CdrLayout::asterisk:
      cols = &kAsterisk;
      count_ok = f.size() == 16 || f.size() == 17 || f.size() == 18 || f.size() == 21;
      break;
    case CdrLayout::asterisk_custom:
      cols = &kAsteriskCustom;
      count_ok = f.size() == 19;
      break;
    case CdrLayout::freeswitch:
      cols = &kFreeswitch;
      count_ok = f.size() == 15;
      break;
    case CdrLayout::automatic:
      break;
  }
  if (!cols || !count_ok) {
    throw ImportError(line, fmt::format("{} columns, not a {} CDR record", f.size(), cdr_layout_name(layout)));
  }
  r.repaired_fields.clear();
  r.control_fields.clear();
  r.hangupcause.reset();
  auto field = [&](int col) -> std::string_view {
    return col >= 0 && static_cast<std::size_t>(col) < f.size() ? f[static_cast<std::size_t>(col)]
                                                                 : std::string_view();
  };
  // Repaired first, then measured: the bound is on what is stored.
  auto check_length = [&](const std::string& value, std::string_view name, std::size_t max) {
    if (text::count_characters(value) > max) {
      throw ImportError(line, fmt::format("{} is longer than {} characters", name, max));
    }
  };
  auto text = [&](int col, std::string& out, std::string_view name, std::size_t max) {
    const text::Repairs repairs = text::repair_text(field(col), out);
    if (repairs.invalid_utf8) r.repaired_fields.emplace_back(name);
    if (repairs.control) r.control_fields.emplace_back(name);
    check_length(out, name, max);
  };
  text(cols->accountcode, r.accountcode, "accountcode", kMaxAccountcodeChars);
  text(cols->src, r.src, "src", kMaxCdrTextChars);
  text(cols->dst, r.dst, "dst", kMaxCdrTextChars);
  text(cols->dcontext, r.dcontext, "dcontext", kMaxCdrTextChars);
  text(cols->clid, r.clid, "clid", kMaxCdrTextChars);
  text(cols->channel, r.channel, "channel", kMaxCdrTextChars);
  text(cols->dstchannel, r.dstchannel, "dstchannel", kMaxCdrTextChars);
  text(cols->lastapp, r.lastapp, "lastapp", kMaxCdrTextChars);
  text(cols->lastdata, r.lastdata, "lastdata", kMaxLastdataChars);
  text(cols->uniqueid, r.uniqueid, "uniqueid", kMaxUniqueidChars);
  text(cols->userfield, r.userfield, "userfield", kMaxUserfieldChars);
  if (layout == CdrLayout::freeswitch) {
    // caller_id_name and number make MOR's clid: "Name" <number>.
    std::string name;
    const text::Repairs repairs = text::repair_text(field(0), name);
    if (repairs.invalid_utf8) r.repaired_fields.emplace_back("caller_id_name");
    if (repairs.control) r.control_fields.emplace_back("caller_id_name");
    r.clid = fmt::format("\"{}\" <{}>", name, r.src);
    check_length(r.clid, "clid", kMaxCdrTextChars);
  }

  std::string_view start = field(cols->start);
  if (!parse_utc_or_iso(start) || start.size() != 19) {
    throw ImportError(line, fmt::format("start time '{}' is not 'YYYY-MM-DD HH:MM:SS'", text::shown(start)));
  }
  r.start.assign(start);
  r.duration = parse_seconds(field(cols->duration), "duration", line);
  r.billsec = parse_seconds(field(cols->billsec), "billsec", line);
  if (layout == CdrLayout::freeswitch) {
    freeswitch_disposition(field(cols->disposition), r.billsec, r);
  } else {
    r.disposition = asterisk_disposition(field(cols->disposition), line);
  }
}

}  // namespace kolmi::import
