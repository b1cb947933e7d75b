// The faxes page: the period in the user's zone (default today), the status
// and device filters, and the user's own devices only.
#include <catch2/catch.hpp>

#include "core/output/xml_tree_writer.hpp"
#include "core/error.hpp"
#include "core/pages/faxes_page.hpp"
#include "tests/core/pages/account_fixture.hpp"
#include "tests/support/xml_shape.hpp"

using namespace kolmi;
using kolmi::test::contains;

namespace {

std::string faxes(test::AccountFixture& f, std::int64_t id, const pages::FaxesOptions& o,
                  pages::Lang lang = pages::Lang::en) {
  return f.render(
      id,
      [&o](pages::PageContext& pc, output::TreeWriter& w) {
        pages::write_faxes_page(w, pc, pages::load_faxes_page(pc, o));
      },
      lang);
}

// The fax ids of the page, in order.
std::vector<std::string> ids(const std::string& xml) {
  std::vector<std::string> out;
  for (std::size_t at = xml.find("<fax_id>"); at != std::string::npos; at = xml.find("<fax_id>", at + 1)) {
    std::size_t start = at + 8;
    out.push_back(xml.substr(start, xml.find('<', start) - start));
  }
  return out;
}

ExitCode failure(test::AccountFixture& f, std::int64_t id, const pages::FaxesOptions& o,
                 std::string& message) {
  try {
    faxes(f, id, o);
  } catch (const Error& e) {
    message = e.what();
    return e.code();
  }
  return ExitCode::ok;
}

}  // namespace

TEST_CASE("faxes page defaults to today in the user's zone and hides deleted faxes", "[account]") {
  test::AccountFixture f;
  std::string xml = faxes(f, 1, {});
  CHECK(contains(xml,
                 "<pagename>Faxes</pagename>\n  <language>en</language>\n  <error_msg></error_msg>\n"
                 "  <userid>1</userid>\n  <show_device>all</show_device>\n"
                 "  <username>Andrey Mazunin</username>"));
  CHECK(contains(xml,
                 "<period_start>2026-11-28 00:00:00</period_start>\n      "
                 "<period_end>2026-11-28 23:59:59</period_end>"));
  // 101 is yesterday local, 104 deleted, 200/201 another user's.
  CHECK(ids(xml) == std::vector<std::string>{"100", "102", "103", "105"});
  CHECK(contains(xml,
                 "<fax>\n      <fax_id>100</fax_id>\n      <device>FAX/102</device>\n      "
                 "<filename>fax_a.pdf</filename>\n      <receive_time>2026-11-28 00:00:00</receive_time>\n"
                 "      <sender>99871</sender>\n      <status>Received</status>"));
  CHECK(contains(xml, "<fax_id>102</fax_id>\n      <device>FAX/102</device>\n      <filename></filename>"));
  CHECK(contains(xml, "<status>No image</status>"));
  CHECK(contains(xml, "<status>Empty</status>"));
  CHECK(contains(xml, "<device>IAX2/101</device>"));
  CHECK(contains(xml, "<status>weird_code</status>"));  // an unknown code is shown as stored
  test::check_shape(xml, "faxes.xml", {"page/faxes/fax/fax_id"});
}

TEST_CASE("faxes page filters by status", "[account]") {
  test::AccountFixture f;
  pages::FaxesOptions o;
  o.status = "received";
  CHECK(ids(faxes(f, 1, o)) == std::vector<std::string>{"100"});
  o.status = "no_image";
  CHECK(ids(faxes(f, 1, o)) == std::vector<std::string>{"102"});
  o.status = "empty";
  CHECK(ids(faxes(f, 1, o)) == std::vector<std::string>{"103"});
  o.status = "all";
  CHECK(ids(faxes(f, 1, o)).size() == 4);
  o.status = "good";  // a stored code, not a --status word
  std::string message;
  CHECK(failure(f, 1, o, message) == ExitCode::usage);
  CHECK(contains(message, "--status"));
}

TEST_CASE("faxes page filters by one of the user's devices", "[account]") {
  test::AccountFixture f;
  pages::FaxesOptions o;
  o.device = "11";
  std::string xml = faxes(f, 1, o);
  CHECK(contains(xml, "<show_device>11</show_device>"));
  CHECK(ids(xml) == std::vector<std::string>{"100", "102", "103"});
  o.device = "10";
  CHECK(ids(faxes(f, 1, o)) == std::vector<std::string>{"105"});
}

TEST_CASE("another user's device looks exactly like a missing one", "[account]") {
  test::AccountFixture f;
  pages::FaxesOptions o;
  std::string other, missing;
  o.device = "20";
  CHECK(failure(f, 1, o, other) == ExitCode::not_found);
  o.device = "999";
  CHECK(failure(f, 1, o, missing) == ExitCode::not_found);
  CHECK(other == "no such device of yours: 20");
  CHECK(missing == "no such device of yours: 999");
  std::string message;
  for (const char* bad : {"abc", "", "11x", "1.5"}) {
    o.device = bad;
    CHECK(failure(f, 1, o, message) == ExitCode::usage);
    CHECK(contains(message, "--device"));
  }
}

TEST_CASE("faxes page reads --from and --till in the user's zone", "[account]") {
  test::AccountFixture f;
  pages::FaxesOptions o;
  o.from = "2026-11-27";
  o.till = "2026-11-28 08:59:59";  // Tashkent: 03:59:59 UTC
  std::string xml = faxes(f, 1, o);
  CHECK(contains(xml,
                 "<period_start>2026-11-27 00:00:00</period_start>\n      "
                 "<period_end>2026-11-28 08:59:59</period_end>"));
  CHECK(ids(xml) == std::vector<std::string>{"101", "100"});

  // Sofia is UTC+2: its 2026-11-28 starts at 2026-11-27 22:00 UTC.
  pages::FaxesOptions sofia;
  sofia.from = "2026-11-28";
  sofia.till = "2026-11-28";
  std::string ru = faxes(f, 2, sofia, pages::Lang::ru);
  CHECK(ids(ru) == std::vector<std::string>{"200"});
  CHECK(contains(ru, "<receive_time>2026-11-28 00:00:00</receive_time>"));
  CHECK(contains(ru, "<pagename>Факсы</pagename>"));
  CHECK(contains(ru, "<status>Получен</status>"));
  sofia.from = "2026-11-27";
  CHECK(ids(faxes(f, 2, sofia)) == std::vector<std::string>{"201", "200"});

  pages::FaxesOptions reversed;
  reversed.from = "2026-11-28";
  reversed.till = "2026-11-27";
  std::string message;
  CHECK(failure(f, 1, reversed, message) == ExitCode::usage);
}

TEST_CASE("faxes page of a user without faxes keeps its frame", "[account]") {
  test::AccountFixture f;
  std::string xml = faxes(f, 3, {});
  CHECK(contains(xml, "<username>Empty</username>"));
  CHECK(contains(xml, "</period>\n  </faxes>"));
  CHECK(ids(xml).empty());
}
