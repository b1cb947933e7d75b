// CDR start times: the documented 'YYYY-MM-DD HH:MM:SS' and the ISO 'T'
// form some PBXes write, in UTC and in a zone with DST; both stored with a space.
#include <catch2/catch.hpp>

#include "core/import/source_clock.hpp"

using namespace kolmi;
using kolmi::import::SourceClock;

TEST_CASE("CDR times with a T separator are read as with a space", "[import][cdr]") {
  SourceClock utc("UTC");
  REQUIRE(utc.to_utc("2026-11-01T10:00:00"));
  CHECK(utc.utc_text() == "2026-11-01 10:00:00");

  SourceClock vilnius("Europe/Vilnius");
  // Near a DST change, the zone itself is asked: the 'T' must not reach it.
  const auto t = vilnius.to_utc("2026-10-25T03:30:00");
  REQUIRE(t);
  CHECK(vilnius.utc_text() == "2026-10-25 00:30:00");
  CHECK(vilnius.to_utc("2026-10-25 03:30:00") == t);
  CHECK_FALSE(vilnius.to_utc("2026-10-25t03:30:00"));
  CHECK_FALSE(vilnius.to_utc("2026-10-25T03:30"));
}
