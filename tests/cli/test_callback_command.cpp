// `kolmi callback`: its options checked at the edge, and the command run
// end to end on a database file, printing the spec's action XML.
#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "tests/core/callback/callback_fixture.hpp"
#include "tests/support/command_harness.hpp"
#include "tests/support/xml_shape.hpp"

using namespace kolmi;
using test::list_dir;

namespace {

struct Outcome {
  std::string xml;
  int exit_code = 0;
};

// Runs `kolmi callback ARGS` as `login` (KOLMI_USER/KOLMI_PASSWORD), with
// `as` for --as and `spool` for KOLMI_CALLBACK_SPOOL (none when empty).
Outcome run_callback(const test::CallbackFixture& f, const std::string& login, const std::string& password,
                     const std::string& spool, std::vector<const char*> args, const std::string& as = "",
                     const std::string& lang = "") {
  std::map<std::string, std::string, std::less<>> env = {{"KOLMI_USER", login}, {"KOLMI_PASSWORD", password}};
  if (!spool.empty()) env["KOLMI_CALLBACK_SPOOL"] = spool;
  cli::Context ctx;
  ctx.options.db_path = f.db_path;
  ctx.options.as_user = as;
  ctx.options.lang = lang;
  ctx.env = [env](std::string_view name) -> std::optional<std::string> {
    auto it = env.find(name);
    if (it == env.end()) return std::nullopt;
    return it->second;
  };
  ctx.clock = std::make_shared<FixedClock>(f.clock.now());
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  ctx.out = out;
  CLI::App app{"kolmi"};
  cli::add_callback_command(app, ctx);
  args.insert(args.begin(), {"kolmi", "callback"});
  app.parse(static_cast<int>(args.size()), args.data());
  Outcome o;
  o.exit_code = ctx.exit_code;
  std::rewind(out);
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, out)) > 0) o.xml.append(buf, n);
  std::fclose(out);
  return o;
}

struct Harness : test::CommandHarness {
  Harness() : CommandHarness(cli::add_callback_command) {}
};

}  // namespace

TEST_CASE("callback options are required and the device is a number", "[callback]") {
  Harness all;
  CHECK(all.run({"callback", "--src", "101", "--dst", "102", "--device", "10"}) == ExitCode::storage);
  Harness no_src;
  CHECK_THROWS_AS(no_src.run({"callback", "--dst", "102", "--device", "10"}), CLI::RequiredError);
  Harness no_device;
  CHECK_THROWS_AS(no_device.run({"callback", "--src", "101", "--dst", "102"}), CLI::RequiredError);
  Harness word_device;
  CHECK_THROWS_AS(word_device.run({"callback", "--src", "101", "--dst", "102", "--device", "ten"}),
                  CLI::ParseError);
}

TEST_CASE("kolmi callback prints the callback action of the spec", "[callback]") {
  test::CallbackFixture f;
  Outcome ok = run_callback(f, "ann", "ann-pass", f.spool,
                            {"--src", "101", "--dst", "+370 612-34567", "--device", "10"});
  CHECK(ok.exit_code == 0);
  CHECK(ok.xml ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<action>\n"
        "  <name>callback</name>\n"
        "  <status>ok</status>\n"
        "  <status_message>Callback activated</status_message>\n"
        "</action>\n");
  test::check_shape(ok.xml, "callback_ok.xml");
  CHECK(list_dir(f.spool) == std::vector<std::string>{"kolmi-callback-1.call"});

  Outcome failed = run_callback(f, "ann", "ann-pass", "", {"--src", "101", "--dst", "102", "--device", "10"});
  CHECK(failed.exit_code == 1);
  test::check_shape(failed.xml, "callback_failed.xml");
  CHECK_THAT(failed.xml, Catch::Contains("<status>failed</status>") &&
                             Catch::Contains("<status_message>No callback spool folder is configured<"));
  Outcome russian =
      run_callback(f, "ann", "ann-pass", "", {"--src", "101", "--dst", "102", "--device", "10"}, "", "ru");
  CHECK_THAT(russian.xml, Catch::Contains("Не настроена папка очереди обратных звонков"));
  REQUIRE(f.rows().size() == 3);
  CHECK(f.rows()[1].status == "failed");
}

TEST_CASE("kolmi callback refuses another user's device and bad numbers", "[callback]") {
  test::CallbackFixture f;
  Outcome other =
      run_callback(f, "ann", "ann-pass", f.spool, {"--src", "101", "--dst", "102", "--device", "20"});
  CHECK(other.exit_code == 4);
  test::check_shape(other.xml, "callback_failed.xml");
  CHECK_THAT(other.xml, Catch::Contains("no such device of yours: 20"));
  Outcome injected = run_callback(f, "ann", "ann-pass", f.spool,
                                  {"--src", "101\nApplication: System", "--dst", "102", "--device", "10"});
  CHECK(injected.exit_code == 1);
  CHECK_THAT(injected.xml, Catch::Contains("--src: not a valid phone number"));
  Outcome markup =
      run_callback(f, "ann", "ann-pass", f.spool, {"--src", "101", "--dst", "<b>&", "--device", "10"});
  CHECK(markup.exit_code == 1);
  CHECK(f.rows().empty());
  CHECK(list_dir(f.spool).empty());
}

TEST_CASE("an admin acting as a user calls back as that user", "[callback]") {
  test::CallbackFixture f;
  Outcome as_ann = run_callback(f, "root", "root-pass", f.spool,
                                {"--src", "101", "--dst", "102", "--device", "10"}, "ann");
  CHECK(as_ann.exit_code == 0);
  auto rows = f.rows();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].user_id == 1);
  CHECK(test::slurp(rows[0].call_file).find("Setvar: KOLMI_USER_ID=1\n") != std::string::npos);
  // As ann, bob's device is still not hers; as himself, the admin has none.
  CHECK(
      run_callback(f, "root", "root-pass", f.spool, {"--src", "101", "--dst", "102", "--device", "20"}, "ann")
          .exit_code == 4);
  CHECK(run_callback(f, "root", "root-pass", f.spool, {"--src", "101", "--dst", "102", "--device", "10"})
            .exit_code == 4);
  // A user may not act as another.
  CHECK(run_callback(f, "bob", "bob-pass", f.spool, {"--src", "101", "--dst", "102", "--device", "10"}, "ann")
            .exit_code == 3);
  CHECK(f.rows().size() == 1);
}
