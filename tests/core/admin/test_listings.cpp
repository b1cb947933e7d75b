// Operators' listings never print a raw control character: a name with an
// escape sequence (from an import or MOR's own database) cannot drive the
// terminal, and the columns still line up, by characters, not bytes.
#include <catch2/catch.hpp>

#include <string>

#include "core/admin/listings.hpp"
#include "core/output/tree_writers.hpp"

using namespace kolmi;

namespace {

std::string users(output::Format format, const std::vector<admin::UserRow>& rows) {
  std::string out;
  admin::write_user_list(*output::make_tree_writer(format, [&](std::string_view c) { out += c; }), rows);
  return out;
}

const std::vector<admin::UserRow> kUsers = {
    {1, "ivan", "user", "Иван Петров", "EUR", "", false, Decimal::from_nanos(-2'500'000'000), "USD", "Europe/Moscow",
     "2026-11-27 08:00:00"},
    {12, "evil", "admin", "Evil\x1B]0;owned\x07 two\nlines\xFF", "USD", "Retail", true, {}, "USD", "UTC", ""},
};

}  // namespace

TEST_CASE("user list as a table: padded by characters, control characters and bad UTF-8 replaced",
          "[admin]") {
  const std::string table = users(output::Format::table, kUsers);
  CHECK(table ==
        "id  login  type   name                       currency  tariff  blocked  balance  balance_currency  zone           last_login\n"
        " 1  ivan   user   Иван Петров                EUR               no          -2.5  USD               Europe/Moscow  2026-11-27 08:00:00\n"
        "12  evil   admin  Evil\xEF\xBF\xBD]0;owned\xEF\xBF\xBD two lines\xEF\xBF\xBD  USD       Retail  yes            0  USD               UTC\n");
  for (char c : table) {
    const auto b = static_cast<unsigned char>(c);
    CHECK((b >= 0x20 || b == '\n'));
    CHECK(b != 0x7F);
  }
}

TEST_CASE("user list as TSV and JSON: for scripts", "[admin]") {
  CHECK(users(output::Format::tsv, {kUsers[0]}) ==
        "id\tlogin\ttype\tname\tcurrency\ttariff\tblocked\tbalance\tbalance_currency\tzone\tlast_login\n"
        "1\tivan\tuser\tИван Петров\tEUR\t\tno\t-2.5\tUSD\tEurope/Moscow\t2026-11-27 08:00:00\n");
  CHECK(users(output::Format::json, {kUsers[0]}) ==
        "{\"users\":{\n \"user\":[\n"
        "  {\"id\":1,\"login\":\"ivan\",\"type\":\"user\",\"name\":\"Иван Петров\",\"currency\":\"EUR\","
        "\"tariff\":\"\",\"blocked\":\"no\",\"balance\":\"-2.5\",\"balance_currency\":\"USD\","
        "\"zone\":\"Europe/Moscow\",\"last_login\":\"2026-11-27 08:00:00\"}\n ]\n}}\n");
}

TEST_CASE("device list: every column, grace time a number", "[admin]") {
  std::string out;
  admin::write_device_list(*output::make_tree_writer(output::Format::csv, [&](std::string_view c) { out += c; }),
                           {{7, "ivan", "SIP", "101", "101", "acc7", "\"Ivan\" <101>", 5, "desk"}});
  CHECK(out ==
        "id,user,type,name,extension,accountcode,callerid,grace_time,description\r\n"
        "7,ivan,SIP,101,101,acc7,\"\"\"Ivan\"\" <101>\",5,desk\r\n");
}
