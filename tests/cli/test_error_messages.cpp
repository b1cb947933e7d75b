// Error messages through the whole command line: one line on stderr, values
// escaped and cut, secrets never echoed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>

#include "tests/support/run_kolmi.hpp"

using namespace kolmi;
using kolmi::test::contains;
using kolmi::test::is_one_line;
using kolmi::test::run_kolmi;

TEST_CASE("a value with a newline and ESC gives one escaped line", "[cli][messages]") {
  // Refused by CLI11 (its message quotes the argument): the safety net.
  auto parse = run_kolmi({"calls", "--direction", "in\n\x1b[31mred"});
  CHECK(parse.code == 2);
  CHECK(is_one_line(parse.err));
  CHECK(contains(parse.err, "in\\n\\x1b[31mred"));

  // Refused by kolmi: the value shown() where the message is composed.
  test::InitDatabase db;
  auto bad_date = run_kolmi({"calls", "--from", "2026-11-01\n\x1b[2J"}, db.env);
  CHECK(bad_date.code == 2);
  CHECK(is_one_line(bad_date.err));
  CHECK(contains(bad_date.err, "--from: '2026-11-01\\n\\x1b[2J' is not a time"));

  auto command = run_kolmi({"ca\nlls\x1b"});
  CHECK(command.code == 2);
  CHECK(is_one_line(command.err));
  CHECK(contains(command.err, "unknown command 'ca\\nlls\\x1b'"));
}

TEST_CASE("a failed action's message is one line on stderr and in status_message", "[cli][messages]") {
  test::InitDatabase db;
  auto add = run_kolmi({"phonebook", "add", "--number", "123\n\x1b[2J", "--name", "x"}, db.env);
  CHECK(add.code == 1);
  CHECK(is_one_line(add.err));
  CHECK(std::count(add.out.begin(), add.out.end(), '\x1b') == 0);
}

TEST_CASE("a 128 KB value makes a short message", "[cli][messages]") {
  const std::string big(128 * 1024, 'x');
  auto parse = run_kolmi({"calls", "--direction", big.c_str()});
  CHECK(parse.code == 2);
  CHECK(is_one_line(parse.err));
  CHECK(parse.err.size() < 400);  // at most 300 characters after "kolmi: error: "

  auto command = run_kolmi({big.c_str()});
  CHECK(command.code == 2);
  CHECK(command.err.size() < 300);

  test::InitDatabase db;
  auto bad_date = run_kolmi({"calls", "--from", big.c_str()}, db.env);
  CHECK(bad_date.code == 2);
  CHECK(is_one_line(bad_date.err));
  CHECK(bad_date.err.size() < 300);
  CHECK(contains(bad_date.err, std::string(64, 'x') + "\xE2\x80\xA6' is not a time"));
}

TEST_CASE("secrets are never echoed in errors", "[cli][messages]") {
  test::InitDatabase db;
  auto device = run_kolmi({"admin", "device", "add", "--user", "admin", "--type", "SIP", "--name", "d1",
                           "--secret", "S3cretS3cret"},
                          db.env);
  CHECK(device.code == 2);
  CHECK(contains(device.err, "--secret"));
  CHECK_FALSE(contains(device.err, "S3cretS3cret"));

  auto env = db.env;
  env["KOLMI_PASSWORD"] = "Wr0ngS3cret\n\x1b";
  auto one_shot = run_kolmi({"main"}, env);
  CHECK(one_shot.code == 3);
  CHECK_FALSE(contains(one_shot.err, "Wr0ngS3cret"));

  auto login = run_kolmi({"login", "-u", "admin", "-p", "Wr0ngS3cret"}, db.env);
  CHECK(login.code == 3);
  CHECK_FALSE(contains(login.err, "Wr0ngS3cret"));
  CHECK_FALSE(contains(login.out, "Wr0ngS3cret"));
}
