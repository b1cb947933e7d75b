// Zone names to files: which names kolmi looks up at all, which files count
// as zones, and the process-wide cache.
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "core/time/datetime.hpp"
#include "core/time/zone_directory.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace kolmi;

namespace {

std::string system_file(const std::string& name) {
  std::ifstream in(std::string(tz::kSystemZoneDir) + "/" + name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("zone names: the shapes kolmi looks up", "[time][tzif]") {
  for (const char* good : {"UTC", "Europe/Vilnius", "America/Argentina/Buenos_Aires", "Etc/GMT+5",
                           "Etc/GMT-14", "EST5EDT", "GMT0", "America/Port-au-Prince", "localtime"}) {
    INFO(good);
    CHECK(tz::is_zone_name(good));
  }
  for (const char* bad : {"",
                          "/UTC",
                          "/usr/share/zoneinfo/UTC",
                          "Europe/../UTC",
                          "../zoneinfo/UTC",
                          "./UTC",
                          "Europe//Vilnius",
                          "Europe/",
                          "Europe/Vilnius/",
                          ".hidden",
                          "Europe/.Vilnius",
                          "-UTC",
                          "Europe/Vil nius",
                          "Europe\\Vilnius",
                          "Europe/Vilnius\n",
                          "Europe/Vilnius;",
                          "Evropa/Vilnjus\xc5\xa1",
                          "posixrules",
                          "posix/UTC",
                          "right/UTC",
                          "Factory",
                          "zone.tab",
                          "zone1970.tab",
                          "iso3166.tab",
                          "tzdata.zi",
                          "leapseconds",
                          "leap-seconds.list",
                          "+VERSION",
                          "version"}) {
    INFO(bad);
    CHECK_FALSE(tz::is_zone_name(bad));
  }
  CHECK_FALSE(tz::is_zone_name(std::string(256, 'A')));
  CHECK_FALSE(tz::is_zone_name(std::string_view("UTC\0", 4)));
}

TEST_CASE("zone names: the system's zones, and what is no zone", "[time][tzif]") {
  for (const char* known : {"UTC", "Europe/Vilnius", "America/New_York", "America/Godthab", "America/Nuuk",
                            "Asia/Kolkata", "Australia/Lord_Howe", "Etc/GMT+5", "US/Eastern", "EST5EDT"}) {
    INFO(known);
    CHECK(is_known_time_zone(known));
  }
  for (const char* unknown : {"utc", "Europe/Vilnus", "Europe", "America/Argentina", "posixrules", "zone.tab",
                              "tzdata.zi", "leap-seconds.list", "Factory", "right/UTC", "posix/UTC",
                              "Etc/../UTC", "/UTC", "", "Mars/Olympus_Mons"}) {
    INFO(unknown);
    CHECK_FALSE(is_known_time_zone(unknown));
  }
  CHECK_THROWS_AS(TimeZone("Europe/Vilnus"), Error);
  CHECK_THROWS_AS(TimeZone("zone.tab"), Error);
}

TEST_CASE("zone files: only regular TZif files under their own name", "[time][tzif]") {
  test::ScratchDir dir("kolmi-zones");
  const std::string vilnius = system_file("Europe/Vilnius");
  REQUIRE(vilnius.substr(0, 4) == "TZif");
  REQUIRE(::mkdir(dir.file("Europe").c_str(), 0755) == 0);
  dir.write("Europe/Vilnius", vilnius);
  dir.write("Europe/Text", "# not a zone\n");
  dir.write("Europe/Empty", "");
  dir.write("Europe/Cut", vilnius.substr(0, vilnius.size() / 2));
  REQUIRE(::symlink("Vilnius", dir.file("Europe/Link").c_str()) == 0);
  REQUIRE(::symlink("Missing", dir.file("Europe/Dangling").c_str()) == 0);
  REQUIRE(::symlink("/dev/zero", dir.file("Europe/Device").c_str()) == 0);
  REQUIRE(::mkfifo(dir.file("Europe/Fifo").c_str(), 0600) == 0);
  dir.write("posixrules", vilnius);  // a real TZif file under a refused name

  CHECK(tz::load_zone(dir.path(), "Europe/Vilnius"));
  CHECK(tz::load_zone(dir.path(), "Europe/Link"));  // tzdata's links are symbolic links
  for (const char* no : {"Europe", "Europe/Text", "Europe/Empty", "Europe/Cut", "Europe/Dangling",
                         "Europe/Device", "Europe/Fifo", "Europe/Missing", "posixrules"}) {
    INFO(no);
    CHECK_FALSE(tz::load_zone(dir.path(), no));
  }
}

TEST_CASE("zones are read once per process", "[time][tzif]") {
  const tz::Zone* first = tz::find_zone("Europe/Vilnius");
  REQUIRE(first);
  CHECK(tz::find_zone("Europe/Vilnius") == first);
  CHECK(tz::find_zone("UTC") == tz::find_zone("UTC"));
  CHECK(tz::find_zone("UTC")->span_at(0).offset == 0);
}
