// The one table of settings: every entry well formed, its default one it
// accepts, the values `admin config set` accepts and refuses; the man page's
// SETTINGS section names exactly the catalog's keys; no code reads conflines
// but through the catalog's readers.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "core/callback/callback_settings.hpp"
#include "core/store/conflines.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "core/store/settings_catalog.hpp"

using namespace kolmi;
using namespace kolmi::store;

namespace {

// The project's source folder (tests/data is two levels down).
#define KOLMI_SOURCE_DIR KOLMI_TEST_DATA_DIR "/../.."

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The .B/.BR names that start the entries (.TP paragraphs) of the man page's
// SETTINGS section.
std::set<std::string> man_page_settings() {
  const std::string man = read_file(KOLMI_SOURCE_DIR "/man/kolmi.1");
  const auto start = man.find("\n.SH SETTINGS\n");
  REQUIRE(start != std::string::npos);
  const auto end = man.find("\n.SH ", start + 1);
  std::istringstream section(man.substr(start, end - start));
  std::set<std::string> names;
  std::string line;
  bool after_tp = false;
  while (std::getline(section, line)) {
    if (after_tp && line.starts_with(".B ")) names.insert(line.substr(3));
    after_tp = line == ".TP";
  }
  return names;
}

}  // namespace

TEST_CASE("settings catalog: unique names, meanings, defaults the entry accepts", "[store][settings]") {
  std::set<std::string_view> names;
  for (const SettingSpec& s : kSettingCatalog) {
    INFO(s.name);
    CHECK(names.insert(s.name).second);
    CHECK(find_setting(s.name) == &s);
    CHECK_FALSE(s.meaning.empty());
    if (!s.default_value.empty()) CHECK(setting_value_ok(s, s.default_value));
    if (s.type == SettingType::whole_number) CHECK(s.min <= s.max);
  }
  CHECK(find_setting("nice_number_digits") == nullptr);  // names are exact
  CHECK(find_setting("Callback_Foo") == nullptr);
}

TEST_CASE("settings catalog: defaults agree with the code's own constants", "[store][settings]") {
  CHECK(spec_of(Setting::lock_wait_seconds).default_value == std::to_string(kDefaultLockWaitSeconds));
  // An empty database reads every callback setting's catalog default (or the
  // struct's, for those the catalog leaves empty): both say the same.
  auto db = Database::open_memory();
  migrate(db);
  const callback::CallbackSettings loaded = callback::load_callback_settings(db), plain{};
  CHECK(loaded.channel == plain.channel);
  CHECK(spec_of(Setting::callback_channel).default_value == plain.channel);
  CHECK(spec_of(Setting::callback_caller_id).default_value == plain.callerid);
  CHECK(spec_of(Setting::callback_context).default_value == plain.context);
  CHECK(spec_of(Setting::callback_account).default_value == plain.account);
  CHECK(spec_of(Setting::callback_priority).default_value == std::to_string(plain.priority));
  CHECK(spec_of(Setting::callback_max_retries).default_value == std::to_string(plain.max_retries));
  CHECK(spec_of(Setting::callback_retry_time).default_value == std::to_string(plain.retry_time));
  CHECK(spec_of(Setting::callback_wait_time).default_value == std::to_string(plain.wait_time));
  CHECK(spec_of(Setting::callback_file_mode).default_value == "0660");
  CHECK(plain.file_mode == 0660);
  CHECK(spec_of(Setting::callback_archive).default_value == (plain.archive ? "yes" : "no"));
}

TEST_CASE("settings catalog: values each type accepts and refuses", "[store][settings]") {
  const SettingSpec& digits = spec_of(Setting::nice_number_digits);
  CHECK(setting_value_ok(digits, "0"));
  CHECK(setting_value_ok(digits, "9"));
  CHECK_FALSE(setting_value_ok(digits, "10"));
  CHECK_FALSE(setting_value_ok(digits, "-1"));
  CHECK_FALSE(setting_value_ok(digits, "2.0"));
  CHECK_FALSE(setting_value_ok(digits, " 2"));
  CHECK_FALSE(setting_value_ok(digits, ""));
  CHECK(allowed_values(digits) == "a whole number from 0 to 9");
  CHECK(allowed_values(spec_of(Setting::callback_wait_time)) == "a whole number of at least 1");

  const SettingSpec& separator = spec_of(Setting::csv_separator);
  for (const char* ok : {";", ",", "|", "tab"}) CHECK(setting_value_ok(separator, ok));
  for (const char* bad : {"a", "7", ".", "\"", ";;", "", "\t"}) CHECK_FALSE(setting_value_ok(separator, bad));
  CHECK(setting_value_ok(spec_of(Setting::csv_decimal), ","));
  CHECK_FALSE(setting_value_ok(spec_of(Setting::csv_decimal), ";"));

  const SettingSpec& mode = spec_of(Setting::callback_file_mode);
  CHECK(setting_value_ok(mode, "0640"));
  CHECK_FALSE(setting_value_ok(mode, "0999"));
  CHECK_FALSE(setting_value_ok(mode, "01000"));
  const SettingSpec& archive = spec_of(Setting::callback_archive);
  for (const char* ok : {"yes", "No", "TRUE", "0"}) CHECK(setting_value_ok(archive, ok));
  CHECK_FALSE(setting_value_ok(archive, "maybe"));
  const SettingSpec& spool = spec_of(Setting::callback_spool_dir);
  CHECK(setting_value_ok(spool, "/var/spool/asterisk/outgoing"));
  CHECK_FALSE(setting_value_ok(spool, "spool"));
  CHECK_FALSE(setting_value_ok(spool, "/var/spool\n/x"));
  const SettingSpec& channel = spec_of(Setting::callback_channel);
  CHECK(setting_value_ok(channel, "SIP/{device_name}"));
  CHECK(setting_value_ok(spec_of(Setting::callback_account), ""));  // empty: no line
  CHECK_FALSE(setting_value_ok(channel, "SIP/a\x01"));
  CHECK_FALSE(setting_value_ok(channel, "\xC3"));  // not UTF-8
}

TEST_CASE("the man page's SETTINGS section lists exactly the catalog's keys", "[store][settings][docs]") {
  std::set<std::string> catalog;
  for (const SettingSpec& s : kSettingCatalog) catalog.insert(std::string(s.name));
  CHECK(man_page_settings() == catalog);
}

TEST_CASE("only the store reads or writes conflines in SQL", "[store][settings]") {
  // Everything else goes through conflines.hpp, whose readers take a catalog
  // entry: a setting the catalog lacks cannot be read.
  const std::set<std::string> allowed = {"core/store/conflines.cpp", "core/store/schema.cpp",
                                         "core/store/database.cpp", "core/store/demo_rows.cpp"};
  namespace fs = std::filesystem;
  int files = 0;
  for (const char* folder : {"core", "exporters", "cli"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(KOLMI_SOURCE_DIR) / folder)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".cpp" && ext != ".hpp") continue;
      ++files;
      const std::string rel = fs::relative(entry.path(), KOLMI_SOURCE_DIR).string();
      const std::string text = read_file(entry.path().string());
      for (const char* sql : {"FROM conflines", "INTO conflines", "UPDATE conflines"}) {
        INFO(rel << " mentions '" << sql << "': read settings through core/store/conflines.hpp");
        CHECK((allowed.count(rel) == 1 || text.find(sql) == std::string::npos));
      }
    }
  }
  CHECK(files > 100);
}
