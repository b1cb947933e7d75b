#pragma once
// Zone names to zone rules: the system's tzdata directory holds one TZif
// file per IANA name. kolmi reads exactly the file of the zone asked for
// (one open and one read), where the tz library it used before listed the
// whole directory (some 700 stat calls) on the first look-up of any zone,
// which was most of the start-up time of a short command.
#include <optional>
#include <string_view>

#include "core/time/tzif_zone.hpp"

namespace kolmi::tz {

// Where Debian's tzdata (and USE_OS_TZDB builds of Hinnant's library) look.
inline constexpr std::string_view kSystemZoneDir = "/usr/share/zoneinfo";

// True when `name` has the form of a zone name kolmi may look up: relative
// '/'-separated parts of ASCII letters, digits, '.', '_', '+' and '-', none
// empty, none '.' or '..' or starting with '.' or '-', at most 255 bytes;
// and none of the directory's other files ("posixrules", "posix/...",
// "right/...", "Factory", "zone.tab", "tzdata.zi", "leap-seconds.list" and
// the like: the names the tz library left out of its zone list).
bool is_zone_name(std::string_view name);

// The zone `name` read from the directory `dir`. nullopt when the name is
// refused by is_zone_name, or its file is missing, unreadable, not a
// regular file (after symbolic links) or not valid TZif.
std::optional<Zone> load_zone(std::string_view dir, std::string_view name);

// The system zone `name` ("UTC" needs no file), read on first use and kept
// for the life of the process; safe from several threads. nullptr when
// unknown (load_zone's reasons).
const Zone* find_zone(std::string_view name);

}  // namespace kolmi::tz
