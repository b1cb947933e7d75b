// Edit personal details (edit_personal): the 17 parameters, their checks,
// all or nothing, isolation and the new password.
#include <catch2/catch.hpp>

#include <string>

#include "core/output/xml_tree_writer.hpp"
#include "core/actions/personal_details.hpp"
#include "core/identity/auth.hpp"
#include "core/identity/session_store.hpp"
#include "core/pages/details_page.hpp"
#include "tests/core/actions/action_fixture.hpp"

using namespace kolmi;
using actions::PersonalDetailsUpdate;

namespace {

const actions::PasswordPolicy kCheapHash{identity::KdfCost::minimal, std::nullopt};

struct Fixture : test::ActionFixture {
  std::string update(std::int64_t id, const PersonalDetailsUpdate& u,
                     const actions::PasswordPolicy& policy = kCheapHash) {
    return act_as(id,
                  [&](pages::PageContext& pc) { return actions::update_personal_details(pc, u, policy); });
  }
  std::pair<ExitCode, std::string> refused(std::int64_t id, const PersonalDetailsUpdate& u,
                                           pages::Lang lang = pages::Lang::en) {
    return failure_as(
        id, [&](pages::PageContext& pc) { return actions::update_personal_details(pc, u, kCheapHash); },
        lang);
  }
  pages::DetailsPage page(std::int64_t id) {
    return act_as(id, [](pages::PageContext& pc) { return pages::load_details_page(pc); });
  }
};

PersonalDetailsUpdate every_field() {
  PersonalDetailsUpdate u;
  u.username = "Иван";
  u.surname = "Петров-Водкин";
  u.personalid = "ID-42";
  u.taxation_country = "uzb";
  u.vat_reg_number = "BG999";
  u.reg_address = "ул. „Витоша“ 15";
  u.reg_postcode = "1000";
  u.reg_city = "София";
  u.reg_country = "България";
  u.reg_state = "София-град";
  u.reg_direction = "Bulgaria";
  u.reg_phone = "+359 2 987-6543";
  u.reg_mobile = "359887654321";
  u.reg_fax = "35929876500";
  u.reg_email = "ivan@example.bg";
  return u;
}

}  // namespace

TEST_CASE("every parameter lands where the details page reads it", "[actions]") {
  Fixture f;
  // User 3 has no address: one is made and linked in the same transaction.
  REQUIRE(f.text("SELECT address_id FROM users WHERE id = 3") == "<null>");
  CHECK(f.update(3, every_field()) == "Personal details changed");
  pages::DetailsPage p = f.page(3);
  CHECK(p.first_name == "Иван");
  CHECK(p.last_name == "Петров-Водкин");
  CHECK(p.personalid == "ID-42");
  CHECK(p.taxation_country == "Uzbekistan");
  CHECK(p.vat_reg_number == "BG999");
  CHECK(p.address.address == "ул. „Витоша“ 15");
  CHECK(p.address.postcode == "1000");
  CHECK(p.address.city == "София");
  CHECK(p.address.county == "България");
  CHECK(p.address.state == "София-град");
  CHECK(p.reg_direction == "Bulgaria");
  CHECK(p.address.phone == "+359 2 987-6543");
  CHECK(p.address.mob_phone == "359887654321");
  CHECK(p.address.fax == "35929876500");
  CHECK(p.address.email == "ivan@example.bg");
  CHECK(f.text("SELECT count(*) FROM addresses") == "2");
}

TEST_CASE("Cyrillic values round-trip through the details page XML", "[actions]") {
  Fixture f;
  f.update(1, every_field());
  std::string xml = f.render(1, [](pages::PageContext& pc, output::TreeWriter& w) {
    pages::write_details_page(w, pc, pages::load_details_page(pc));
  });
  CHECK(test::contains(xml, "<username>Иван</username>"));
  CHECK(test::contains(xml, "<reg_address>ул. „Витоша“ 15</reg_address>"));
  CHECK(test::contains(xml, "<reg_country>България</reg_country>"));
  CHECK(test::contains(xml, "<reg_direction>Bulgaria</reg_direction>"));
}

TEST_CASE("a subset changes only what is given, the rest stays", "[actions]") {
  Fixture f;
  PersonalDetailsUpdate u;
  u.reg_city = "  Samarkand  ";  // stored trimmed
  const auto before = f.page(1);
  f.update(1, u);
  const auto after = f.page(1);
  CHECK(after.address.city == "Samarkand");
  CHECK(after.first_name == before.first_name);
  CHECK(after.address.email == before.address.email);
  CHECK(after.reg_direction == before.reg_direction);
  CHECK(f.text("SELECT count(*) FROM addresses") == "1");  // updated in place
}

TEST_CASE("an empty value clears a field, an empty country stores NULL", "[actions]") {
  Fixture f;
  PersonalDetailsUpdate u;
  u.reg_email = "";
  u.taxation_country = "";
  u.reg_direction = " ";
  f.update(1, u);
  CHECK(f.text("SELECT email FROM addresses WHERE id = 1").empty());
  CHECK(f.text("SELECT taxation_country FROM users WHERE id = 1") == "<null>");
  CHECK(f.text("SELECT direction_id FROM addresses WHERE id = 1") == "<null>");
}

TEST_CASE("SQL and XML metacharacters are stored verbatim and shown escaped", "[actions]") {
  Fixture f;
  PersonalDetailsUpdate u;
  u.username = "'; DROP TABLE users; --";
  u.reg_address = "<&>\"'";
  f.update(1, u);
  CHECK(f.text("SELECT first_name FROM users WHERE id = 1") == "'; DROP TABLE users; --");
  CHECK(f.text("SELECT address FROM addresses WHERE id = 1") == "<&>\"'");
  CHECK(f.text("SELECT count(*) FROM users") == "3");
  std::string xml = f.render(1, [](pages::PageContext& pc, output::TreeWriter& w) {
    pages::write_details_page(w, pc, pages::load_details_page(pc));
  });
  CHECK(test::contains(xml, "<reg_address>&lt;&amp;&gt;&quot;&apos;</reg_address>"));
}

TEST_CASE("each refused value gives one reason, exit 1, and changes nothing", "[actions]") {
  struct Case {
    const char* what;
    std::optional<std::string> PersonalDetailsUpdate::*field;
    std::string value;
    std::string message;
  };
  const std::string long_name(256, 'a');
  const Case cases[] = {
      {"e-mail", &PersonalDetailsUpdate::reg_email, "admin@voip", "--reg-email: not a valid e-mail address"},
      {"phone", &PersonalDetailsUpdate::reg_phone, "555-CALL-NOW", "--reg-phone: not a valid phone number"},
      {"mobile", &PersonalDetailsUpdate::reg_mobile, "12", "--reg-mobile: not a valid phone number"},
      {"fax", &PersonalDetailsUpdate::reg_fax, "+ 1", "--reg-fax: not a valid phone number"},
      {"taxation country", &PersonalDetailsUpdate::taxation_country, "Atlantis",
       "--taxation-country: unknown country"},
      {"direction", &PersonalDetailsUpdate::reg_direction, "XXX", "--reg-direction: unknown country"},
      {"long name", &PersonalDetailsUpdate::username, long_name,
       "--username: too long (at most 255 characters)"},
      {"long personal id", &PersonalDetailsUpdate::personalid, std::string(31, '1'),
       "--personalid: too long (at most 30 characters)"},
      {"long postcode", &PersonalDetailsUpdate::reg_postcode, std::string(31, '1'),
       "--reg-postcode: too long (at most 30 characters)"},
      {"long VAT number", &PersonalDetailsUpdate::vat_reg_number, std::string(31, 'V'),
       "--vat-reg-number: too long (at most 30 characters)"},
      {"long city", &PersonalDetailsUpdate::reg_city, long_name, "--reg-city: too long"},
      {"long state", &PersonalDetailsUpdate::reg_state, long_name, "--reg-state: too long"},
      {"long country text", &PersonalDetailsUpdate::reg_country, long_name, "--reg-country: too long"},
      {"long address", &PersonalDetailsUpdate::reg_address, long_name, "--reg-address: too long"},
      {"surname invalid UTF-8", &PersonalDetailsUpdate::surname, "Ma\xC0\xAFzunin",
       "--surname: not valid UTF-8"},
      {"control character", &PersonalDetailsUpdate::reg_city, "Tash\nkent",
       "--reg-city: control characters are not allowed"},
  };
  for (const Case& c : cases) {
    Fixture f;
    INFO(c.what);
    PersonalDetailsUpdate u;
    u.*c.field = c.value;
    const auto before = f.dump();
    auto [code, message] = f.refused(1, u);
    CHECK(code == ExitCode::action_failed);
    CHECK(message.rfind(c.message, 0) == 0);
    CHECK(f.dump() == before);
  }
}

TEST_CASE("one invalid value among valid ones changes nothing", "[actions]") {
  Fixture f;
  SECTION("a value checked before the transaction") {
    PersonalDetailsUpdate u = every_field();
    u.reg_email = "not an address";
    const auto before = f.dump();
    CHECK(f.refused(1, u).first == ExitCode::action_failed);
    CHECK(f.dump() == before);
  }
  SECTION("a country looked up inside the transaction, after the users row's values are known") {
    PersonalDetailsUpdate u = every_field();
    u.reg_direction = "Narnia";  // the last country resolved: everything before it was accepted
    u.password = u.password_confirm = "a-new-password";
    const auto before = f.dump();
    CHECK(f.refused(3, u).second ==
          "--reg-direction: unknown country; give a country name or ISO 3166 "
          "alpha-3 code from the directions list");
    CHECK(f.dump() == before);  // no address created for user 3, no name, no password
  }
}

TEST_CASE("countries are found by code or name, any letter case, a shared name needs the code", "[actions]") {
  Fixture f;
  PersonalDetailsUpdate u;
  u.taxation_country = "bgr";
  u.reg_direction = "UZBEKISTAN";
  f.update(1, u);
  CHECK(f.page(1).taxation_country == "Bulgaria");
  CHECK(f.page(1).reg_direction == "Uzbekistan");

  f.db.exec("INSERT INTO directions (id, name, code) VALUES (3, 'Congo', 'COG'), (4, 'Congo', 'COD')");
  PersonalDetailsUpdate congo;
  congo.taxation_country = "congo";
  CHECK(f.refused(1, congo).second ==
        "--taxation-country: several countries have this name; give its ISO 3166 alpha-3 code");
  congo.taxation_country = "cod";
  f.update(1, congo);
  CHECK(f.text("SELECT taxation_country FROM users WHERE id = 1") == "4");
}

TEST_CASE("messages follow the user's language", "[actions]") {
  Fixture f;
  PersonalDetailsUpdate u;
  u.reg_email = "x";
  CHECK(f.refused(2, u, pages::Lang::ru).second == "--reg-email: неверный адрес электронной почты");
}

TEST_CASE("passwords: both given, equal, at least 8 characters", "[actions]") {
  Fixture f;
  const auto before = f.dump();
  PersonalDetailsUpdate only_one;
  only_one.password = "long-enough-1";
  CHECK(f.refused(1, only_one).second == "--password and --password-confirm must be given together");
  PersonalDetailsUpdate only_confirm;
  only_confirm.password_confirm = "long-enough-1";
  CHECK(f.refused(1, only_confirm).second == "--password and --password-confirm must be given together");
  PersonalDetailsUpdate differ;
  differ.password = "long-enough-1";
  differ.password_confirm = "long-enough-2";
  CHECK(f.refused(1, differ).second == "--password and --password-confirm differ");
  PersonalDetailsUpdate short_one;
  short_one.password = short_one.password_confirm = "seven77";
  CHECK(f.refused(1, short_one).second == "--password: too short (at least 8 characters)");
  PersonalDetailsUpdate empty;
  empty.password = empty.password_confirm = "";
  CHECK(f.refused(1, empty).second == "--password: too short (at least 8 characters)");
  // Eight characters of 2 bytes each count as 8, not 16; seven do not pass.
  PersonalDetailsUpdate cyrillic;
  cyrillic.password = cyrillic.password_confirm = "пароль7";
  CHECK(f.refused(1, cyrillic).second == "--password: too short (at least 8 characters)");
  CHECK(f.dump() == before);
  cyrillic.password = cyrillic.password_confirm = "пароль78";
  CHECK(f.update(1, cyrillic) == "Personal details changed");
}

TEST_CASE("a new password works at login and the old one no longer does", "[actions]") {
  Fixture f;
  store::Statement set = f.db.prepare("UPDATE users SET password = ? WHERE id = 1");
  set.bind(1, identity::hash_password("old-password", identity::KdfCost::minimal));
  set.run();
  REQUIRE(identity::login(f.db, f.clock, "andrey", "old-password").ok);
  PersonalDetailsUpdate u;
  u.password = u.password_confirm = "new password ü";  // stored exactly, spaces and all
  f.update(1, u);
  CHECK(f.text("SELECT password FROM users WHERE id = 1").rfind("$argon2id$", 0) == 0);
  CHECK_FALSE(identity::login(f.db, f.clock, "andrey", "old-password").ok);
  CHECK(identity::login(f.db, f.clock, "andrey", "new password ü").ok);
}

TEST_CASE("a password change ends the user's other sessions and keeps the caller's", "[actions]") {
  Fixture f;
  const std::string mine = identity::create_session(f.db, f.clock, 1);
  const std::string other = identity::create_session(f.db, f.clock, 1);
  const std::string someone_elses = identity::create_session(f.db, f.clock, 2);
  PersonalDetailsUpdate u;
  u.password = u.password_confirm = "a-new-password";
  f.update(1, u, {identity::KdfCost::minimal, mine});
  CHECK(identity::find_session(f.db, f.clock, mine).state == identity::SessionState::live);
  CHECK(identity::find_session(f.db, f.clock, other).state == identity::SessionState::unknown);
  CHECK(identity::find_session(f.db, f.clock, someone_elses).state == identity::SessionState::live);
  // Without a session of its own (one-shot credentials) every session of the user ends.
  f.update(1, u, kCheapHash);
  CHECK(identity::find_session(f.db, f.clock, mine).state == identity::SessionState::unknown);
  // No password change, no sessions touched.
  const std::string again = identity::create_session(f.db, f.clock, 1);
  PersonalDetailsUpdate name;
  name.username = "Andy";
  f.update(1, name);
  CHECK(identity::find_session(f.db, f.clock, again).state == identity::SessionState::live);
}

TEST_CASE("only the user's own rows change, a shared address is copied first", "[actions]") {
  Fixture f;
  // User 2 shares user 1's address (a data oddity kolmi must not make worse).
  f.db.exec("UPDATE users SET address_id = 1 WHERE id = 2");
  const std::string user1_row = f.text(
      "SELECT first_name || city || email FROM users u JOIN addresses a "
      "ON a.id = u.address_id WHERE u.id = 1");
  PersonalDetailsUpdate u;
  u.username = "Changed";
  u.reg_city = "Пловдив";
  f.update(2, u);
  CHECK(f.text("SELECT first_name || city || email FROM users u JOIN addresses a ON a.id = u.address_id "
               "WHERE u.id = 1") == user1_row);
  CHECK(f.page(2).address.city == "Пловдив");
  CHECK(f.page(2).address.email == "admin@voip.com");  // the copy kept the other values
  CHECK(f.text("SELECT address_id FROM users WHERE id = 2") != "1");
  CHECK(f.text("SELECT first_name FROM users WHERE id = 3") == "Empty");
}

TEST_CASE("an update without any parameter is a usage error", "[actions]") {
  Fixture f;
  CHECK(actions::nothing_to_change(PersonalDetailsUpdate{}));
  CHECK(f.refused(1, PersonalDetailsUpdate{}).first == ExitCode::usage);
}

TEST_CASE("the 17 parameters are the spec's, in its order", "[actions]") {
  const char* spec[] = {
      "username",     "surname",  "personalid",  "taxation_country", "vat_reg_number",  "reg_address",
      "reg_postcode", "reg_city", "reg_country", "reg_state",        "reg_direction",   "reg_phone",
      "reg_mobile",   "reg_fax",  "reg_email",   "password",         "password_confirm"};
  REQUIRE(actions::kDetailFields.size() == std::size(spec));
  for (std::size_t i = 0; i < std::size(spec); ++i) {
    CHECK(actions::kDetailFields[i].param == spec[i]);
    std::string option = "--" + std::string(spec[i]);
    for (char& c : option) c = c == '_' ? '-' : c;
    CHECK(actions::kDetailFields[i].option == option);
  }
}
