// kolmi admin config: list, get, set and unset over conflines, checked
// against the settings catalog; refusals change nothing.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "core/console/settings_changes.hpp"
#include "core/console/settings_listing.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "core/store/conflines.hpp"
#include "tests/support/exit_code_of.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using kolmi::test::code_of;

namespace {


std::string tsv_of(const std::function<void(output::TreeWriter&)>& write) {
  std::string out;
  write(*output::make_tree_writer(output::Format::tsv, [&](std::string_view c) { out += c; }));
  return out;
}

}  // namespace

TEST_CASE("config list: every catalog key with its value in effect and default", "[console][settings]") {
  test::TestDatabase f;
  store::set_confline(f.db, store::conf::kNiceNumberDigits, "2");
  const auto settings = console::load_settings(f.db);
  REQUIRE(settings.size() == store::kSettingCatalog.size());
  const std::string tsv = tsv_of([&](output::TreeWriter& w) { console::write_settings_list(w, settings); });
  CHECK(
      tsv.starts_with("key\tvalue\tset\tdefault\tmeaning\n"
                      "Nice_Number_Digits\t2\tyes\t4\tdecimals of money on pages and exports\n"
                      "Default_Currency\tUSD\tno\tUSD\t"));
  CHECK(tsv.find("\nCallback_Wait_Time\t30\tno\t30\t") != std::string::npos);
}

TEST_CASE("config get: type and allowed values", "[console][settings]") {
  test::TestDatabase f;
  const std::string tsv = tsv_of([&](output::TreeWriter& w) {
    console::write_setting(w, console::load_setting(f.db, "Session_Expiry_Days"));
  });
  CHECK(tsv ==
        "key\tvalue\tset\tdefault\ttype\tallowed\tmeaning\n"
        "Session_Expiry_Days\t30\tno\t30\twhole number\ta whole number from 1 to 3650\tdays a login session "
        "lasts\n");
  std::string why;
  CHECK(code_of([&] { console::load_setting(f.db, "Session_Expiry_Day"); }, &why) == ExitCode::usage);
  CHECK(why ==
        "unknown setting 'Session_Expiry_Day' (did you mean 'Session_Expiry_Days'?); kolmi admin config list "
        "shows every setting");
}

TEST_CASE("config set and unset", "[console][settings]") {
  test::TestDatabase f;
  CHECK(console::set_setting(f.db, "CSV_Separator", ",") == "CSV_Separator is now ','.");
  CHECK(store::get_confline(f.db, store::conf::kCsvSeparator) == ",");
  CHECK(console::set_setting(f.db, "Callback_Archive", "no") == "Callback_Archive is now 'no'.");
  CHECK(console::unset_setting(f.db, "CSV_Separator") ==
        "CSV_Separator is unset; the default (';') applies.");
  CHECK_FALSE(store::get_confline(f.db, store::conf::kCsvSeparator));
  CHECK(console::unset_setting(f.db, "CSV_Separator") ==
        "CSV_Separator was not set; the default (';') applies.");
  CHECK(console::unset_setting(f.db, "Callback_Spool_Dir") ==
        "Callback_Spool_Dir was not set; the default (no value) applies.");
}

TEST_CASE("config refusals change nothing", "[console][settings]") {
  test::TestDatabase f;
  store::set_confline(f.db, store::conf::kDefaultCurrency, "USD");
  store::set_confline(f.db, store::conf::kNiceNumberDigits, "3");
  const auto before = test::dump_tables(f.db, {"conflines"});
  std::string why;
  CHECK(code_of([&] { console::set_setting(f.db, "Nice_Number_Digits", "12"); }, &why) == ExitCode::usage);
  CHECK(why == "Nice_Number_Digits: '12' is not a whole number from 0 to 9");
  CHECK(code_of([&] { console::set_setting(f.db, "CSV_Decimal", ";"); }, &why) == ExitCode::usage);
  CHECK(why == "CSV_Decimal: ';' is not . or ,");
  CHECK(code_of([&] { console::set_setting(f.db, "Callback_Spool_Dir", "spool"); }, &why) == ExitCode::usage);
  CHECK(why == "Callback_Spool_Dir: 'spool' is not an absolute path");
  CHECK(code_of([&] { console::set_setting(f.db, "No_Such_Setting", "1"); }) == ExitCode::usage);
  CHECK(code_of([&] { console::unset_setting(f.db, "No_Such_Setting"); }) == ExitCode::usage);
  CHECK(code_of([&] { console::set_setting(f.db, "Default_Currency", "EUR"); }, &why) ==
        ExitCode::action_failed);
  CHECK(why.starts_with("Default_Currency cannot be set with kolmi admin config: every stored price"));
  CHECK(code_of([&] { console::unset_setting(f.db, "Default_Currency"); }) == ExitCode::action_failed);
  CHECK(code_of([&] { console::set_setting(f.db, "Kolmi_Demo_Seed", "1"); }) == ExitCode::action_failed);
  CHECK(test::dump_tables(f.db, {"conflines"}) == before);
}
