// Phonebook entries: add_phonebook_entry and delete_phonebook_entry.
#include <catch2/catch.hpp>

#include "core/output/xml_tree_writer.hpp"
#include "core/actions/phonebook_actions.hpp"
#include "core/pages/phonebook_page.hpp"
#include "tests/core/actions/action_fixture.hpp"

using namespace kolmi;

namespace {

struct Fixture : test::ActionFixture {
  std::string add(std::int64_t user, std::string_view number, std::string_view name) {
    return act_as(user,
                  [&](pages::PageContext& pc) { return actions::add_phonebook_entry(pc, number, name); });
  }
  std::pair<ExitCode, std::string> add_refused(std::int64_t user, std::string_view number,
                                               std::string_view name, pages::Lang lang = pages::Lang::en) {
    return failure_as(
        user, [&](pages::PageContext& pc) { return actions::add_phonebook_entry(pc, number, name); }, lang);
  }
  std::pair<ExitCode, std::string> destroy(std::int64_t user, std::int64_t id) {
    return failure_as(user, [&](pages::PageContext& pc) { return actions::delete_phonebook_entry(pc, id); });
  }
  std::string page(std::int64_t user) {
    return render(user,
                  [](pages::PageContext& pc, output::TreeWriter& w) { pages::write_phonebook_page(w, pc); });
  }
};

}  // namespace

TEST_CASE("an entry is added for the user, trimmed, added now", "[actions]") {
  Fixture f;
  CHECK(f.add(1, "  +1 201-555-0100 ", " Мама ") == "Record added");
  CHECK(f.text("SELECT user_id || '|' || number || '|' || name || '|' || added FROM phonebooks "
               "ORDER BY id DESC LIMIT 1") == "1|+1 201-555-0100|Мама|2026-11-28 09:30:00");
  CHECK(test::contains(f.page(1), "<entry_name>Мама</entry_name>"));
  CHECK_FALSE(test::contains(f.page(2), "+1 201-555-0100"));
}

TEST_CASE("number and name are both required, as the spec says", "[actions]") {
  Fixture f;
  const auto before = f.dump();
  const std::pair fill{ExitCode::action_failed, std::string("Please fill all fields")};
  CHECK(f.add_refused(1, "", "Name") == fill);
  CHECK(f.add_refused(1, "12015551234", "") == fill);
  CHECK(f.add_refused(1, "   ", "   ") == fill);
  CHECK(f.add_refused(1, "", "", pages::Lang::ru).second == "Пожалуйста, заполните все поля");
  CHECK(f.dump() == before);
}

TEST_CASE("a bad number or name is refused with a reason", "[actions]") {
  Fixture f;
  const auto before = f.dump();
  CHECK(f.add_refused(1, "call me", "Name").second.rfind("--number: not a valid phone number", 0) == 0);
  CHECK(f.add_refused(1, "'; DROP TABLE users; --", "Name").first == ExitCode::action_failed);
  CHECK(f.add_refused(1, "12015551234", std::string(256, 'n')).second ==
        "--name: too long (at most 255 characters)");
  CHECK(f.add_refused(1, "12015551234", "a\tb").second == "--name: control characters are not allowed");
  CHECK(f.dump() == before);
}

TEST_CASE("a name with SQL and XML metacharacters is stored verbatim and shown escaped", "[actions]") {
  Fixture f;
  f.add(1, "12015551234", "'; DROP TABLE users; -- <&>\"'");
  CHECK(f.text("SELECT name FROM phonebooks ORDER BY id DESC LIMIT 1") == "'; DROP TABLE users; -- <&>\"'");
  CHECK(test::contains(f.page(1),
                       "<entry_name>&apos;; DROP TABLE users; -- &lt;&amp;&gt;&quot;&apos;</entry_name>"));
}

TEST_CASE("the user deletes their own entry", "[actions]") {
  Fixture f;
  CHECK(f.destroy(1, 3) == std::pair{ExitCode::ok, std::string()});
  CHECK(f.text("SELECT count(*) FROM phonebooks WHERE id = 3") == "0");
  CHECK(f.text("SELECT count(*) FROM phonebooks") == "2");
}

TEST_CASE("another user's entry is exactly like a missing one and nothing changes", "[actions]") {
  Fixture f;
  const auto before = f.dump();
  const std::pair wrong{ExitCode::not_found, std::string("We're sorry, but something went wrong")};
  CHECK(f.destroy(1, 2) == wrong);  // user 2's
  CHECK(f.destroy(1, 99) == wrong);
  CHECK(f.destroy(3, 1) == wrong);
  CHECK(f.dump() == before);
  CHECK(f.destroy(1, 1).first == ExitCode::ok);
  CHECK(f.destroy(1, 1) == wrong);  // already gone
}
