#pragma once
// One call detail record as written by a PBX, mapped from a CSV record by
// its layout, validated, and ready to be stored in MOR's calls table.
//
// Layouts (column orders from the PBXs' own sources):
//  - asterisk: cdr_csv, 16 columns (accountcode, src, dst, dcontext, clid,
//    channel, dstchannel, lastapp, lastdata, start, answer, end, duration,
//    billsec, disposition, amaflags), 17 (+ uniqueid), 18 (+ userfield) or
//    21 (+ peeraccount, linkedid, sequence: newcdrcolumns=yes);
//  - asterisk-custom: cdr_custom's default 19 columns (clid, src, dst,
//    dcontext, channel, dstchannel, lastapp, lastdata, start, answer, end,
//    duration, billsec, disposition, amaflags, accountcode, uniqueid,
//    userfield, sequence);
//  - freeswitch: mod_cdr_csv's default template, 15 columns
//    (caller_id_name, caller_id_number, destination_number, context,
//    start_stamp, answer_stamp, end_stamp, duration, billsec, hangup_cause,
//    uuid, bleg_uuid, accountcode, read_codec, write_codec).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kolmi::import {

enum class CdrLayout { automatic, asterisk, asterisk_custom, freeswitch };

// "auto", "asterisk", "asterisk-custom", "freeswitch"; nullopt otherwise.
std::optional<CdrLayout> parse_cdr_layout(std::string_view name);
std::string_view cdr_layout_name(CdrLayout layout);

// The layout of a record with `columns` fields: 16/17/18/21 asterisk,
// 19 asterisk-custom, 15 freeswitch; nullopt for any other count.
std::optional<CdrLayout> detect_cdr_layout(std::size_t columns);

struct CdrRecord {
  std::string accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata;
  std::string start;  // 'YYYY-MM-DD HH:MM:SS' as written (the PBX's local time unless usegmtime)
  std::int64_t duration = 0;
  std::int64_t billsec = 0;
  std::string disposition;  // ANSWERED, NO ANSWER, BUSY, FAILED (CONGESTION -> FAILED)
  std::string uniqueid, userfield;
  std::optional<int> hangupcause;  // Q.850 cause where the layout has one (FreeSWITCH)
  // Names of the fields whose invalid UTF-8 or control characters were
  // replaced with U+FFFD (reported as warnings; describe_repairs).
  std::vector<std::string> repaired_fields;
  std::vector<std::string> control_fields;
};

// Maps and validates one CSV record. Throws ImportError(line, reason) for a
// wrong column count for `layout`, a bad start time, a negative or
// non-numeric duration or billsec, one above kMaxCallSeconds ("too large"),
// a text field longer than its column (import_limits.hpp: "clid is longer
// than 80 characters"), or an unknown disposition. Invalid UTF-8 and
// control characters in text fields are replaced with U+FFFD and the field
// named in repaired_fields or control_fields.
CdrRecord map_cdr_record(const std::vector<std::string_view>& fields, CdrLayout layout, std::size_t line);
// The same into `out`, reusing its strings' storage: a bulk import maps
// millions of records without allocating for each.
void map_cdr_record(const std::vector<std::string_view>& fields, CdrLayout layout, std::size_t line,
                    CdrRecord& out);

// Replaces invalid UTF-8 sequences with U+FFFD; true when something was replaced.
bool repair_utf8(std::string_view in, std::string& out);

// "invalid UTF-8 in clid, src and control characters in dst": what the
// warning for a repaired record says was replaced; "" when nothing was.
std::string describe_repairs(const CdrRecord& record);

}  // namespace kolmi::import
