// kolmi admin monitor add|remove|list: the rules as stored, one audit row
// each, and every refusal (unknown names, thresholds that are not
// positive, options a kind does not take) leaving the tables unchanged.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/console/monitor_listing.hpp"
#include "core/error.hpp"
#include "core/monitor/monitor_rules.hpp"
#include "core/output/tree_writers.hpp"
#include "core/store/monitorings.hpp"
#include "tests/support/exit_code_of.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using kolmi::test::code_of;

namespace {

struct Fixture : test::TestDatabase {
  Fixture() {
    add_currency({.id = 1, .name = "USD"});
    add_user({.id = 1, .login = "ann"});
    add_user({.id = 3, .login = "root", .usertype = "admin"});
    add_device({.id = 10, .user_id = 1, .name = "ann10"});
    db.exec("INSERT INTO tariffs (id, name, purpose) VALUES (1, 'Buy', 'provider')");
    db.exec("INSERT INTO providers (id, name, tariff_id) VALUES (1, 'Carrier', 1)");
    db.set_write_origin({store::AuditActor{3, "root", std::nullopt, ""}, "admin monitor add",
                         std::make_shared<FixedClock>(clock.now())});
  }
  monitor::RuleChange add(const monitor::RuleSpec& s) { return monitor::add_rule(db, s, clock); }
  std::vector<std::string> dump() { return test::dump_tables(db, {"monitorings", "actions", "users"}); }
};


}  // namespace

TEST_CASE("monitor rules: add stores each kind with its threshold and window, one audit row each",
          "[monitor]") {
  Fixture f;
  auto c = f.add({.kind = "spend", .user = "ann", .above = "12.50", .period = "month"});
  CHECK(c.rule.id == 1);
  CHECK(c.rule.user_id == 1);
  CHECK(c.rule.amount == Decimal::from_nanos(12'500'000'000));
  CHECK(c.rule.period_type == "month");
  CHECK(c.rule.created_at == "2026-11-28 09:30:00");
  CHECK(c.message == "monitor rule 1 added: spend of user ann above 12.5 USD, month");
  c = f.add({.kind = "minutes", .device = 10, .above = "90", .last = 60});
  CHECK(c.message == "monitor rule 2 added: minutes of device SIP/ann10 (10) above 90 minutes, last 60 minutes");
  c = f.add({.kind = "margin", .provider = "Carrier", .by = "provider", .below = "5", .last = 1440});
  CHECK(c.rule.group_by == "provider");
  CHECK(c.rule.provider_id == 1);
  CHECK(c.message == "monitor rule 3 added: margin of providers of provider Carrier below 5%, last 1440 minutes");
  c = f.add({.kind = "margin", .below = "0.5", .last = 60});
  CHECK(c.rule.group_by == "destination");
  c = f.add({.kind = "unrated", .last = 15});
  CHECK(c.message == "monitor rule 5 added: unrated of all calls, last 15 minutes");
  c = f.add({.kind = "rate", .above = "1.5", .last = 60});
  c = f.add({.kind = "calls", .user = "1", .above = "100", .last = 60});  // a user by id
  CHECK(c.rule.user_login == "ann");
  c = f.add({.kind = "unassigned", .last = 60});
  CHECK(test::query_int(f.db, "SELECT count(*) FROM monitorings") == 8);
  CHECK(test::query_rows(f.db, "SELECT action, target_type, target_id FROM actions ORDER BY id LIMIT 1", 3) ==
        std::vector<std::string>{"admin monitor add|monitoring|1"});
  CHECK(test::query_int(f.db, "SELECT count(*) FROM actions") == 8);

  // The list, as a script reads it.
  std::string out;
  {
    auto w = output::make_tree_writer(output::Format::tsv, [&](std::string_view chunk) { out += chunk; });
    console::write_monitor_list(*w, store::list_monitorings(f.db), "USD");
  }
  CHECK(out.substr(0, out.find('\n')) == "id\tkind\tuser\tdevice\tprovider\tby\tthreshold\tunit\twindow\tcreated_at");
  CHECK(out.find("\n1\tspend\tann\t\t\t\t12.5\tUSD\tmonth\t2026-11-28 09:30:00\n") != std::string::npos);
  CHECK(out.find("\n5\tunrated\t\t\t\t\t\t\tlast 15 minutes\t2026-11-28 09:30:00\n") != std::string::npos);
}

TEST_CASE("monitor rules: bad input is refused with exit 2 and changes nothing", "[monitor]") {
  Fixture f;
  f.add({.kind = "unrated", .last = 60});
  const auto before = f.dump();
  struct Bad {
    monitor::RuleSpec spec;
    const char* says;
  };
  const std::vector<Bad> bad = {
      {{.kind = "fraud", .last = 60}, "KIND: 'fraud' is not a rule kind"},
      {{.kind = "spend", .user = "nobody", .above = "1", .last = 60}, "--user: no user 'nobody'"},
      {{.kind = "calls", .device = 99, .above = "1", .last = 60}, "--device: no device 99"},
      {{.kind = "margin", .provider = "Nope", .below = "5", .last = 60}, "--provider: no provider 'Nope'"},
      {{.kind = "spend", .user = "ann", .above = "0", .last = 60}, "--above: the threshold must be positive"},
      {{.kind = "spend", .user = "ann", .above = "-0.000000001", .last = 60}, "must be positive"},
      {{.kind = "spend", .user = "ann", .above = "ten", .last = 60}, "--above: 'ten' is not a number"},
      {{.kind = "margin", .below = "0", .last = 60}, "--below: the threshold must be positive"},
      {{.kind = "margin", .below = "100.5", .last = 60}, "at most 100%"},
      {{.kind = "calls", .user = "ann", .above = "2.5", .last = 60}, "a whole number"},
      {{.kind = "spend", .user = "ann", .last = 60}, "a spend rule needs --above"},
      {{.kind = "spend", .above = "5", .last = 60}, "a spend rule needs --user"},
      {{.kind = "spend", .device = 10, .above = "5", .last = 60}, "does not take --device"},
      {{.kind = "calls", .above = "5", .last = 60}, "needs --user or --device"},
      {{.kind = "calls", .user = "ann", .device = 10, .above = "5", .last = 60}, "watches one of them"},
      {{.kind = "rate", .above = "1", .period = "day"}, "does not take --period"},
      {{.kind = "rate", .above = "1"}, "needs its window: --last MINUTES"},
      {{.kind = "unrated", .above = "1", .last = 60}, "does not take --above"},
      {{.kind = "spend", .user = "ann", .above = "1", .period = "year"}, "--period: 'year'"},
      {{.kind = "spend", .user = "ann", .above = "1", .last = 0}, "--last: 0 is not a number of minutes"},
      {{.kind = "spend", .user = "ann", .above = "1", .last = 527041}, "from 1 to 527040"},
      {{.kind = "margin", .by = "country", .below = "5", .last = 60}, "--by: 'country'"},
  };
  for (const Bad& b : bad) {
    INFO(b.says);
    std::string m;
    CHECK(code_of([&] { f.add(b.spec); }, &m) == ExitCode::usage);
    CHECK(m.find(b.says) != std::string::npos);
  }
  CHECK(f.dump() == before);
}

TEST_CASE("monitor rules: remove deletes the rule with an audit row, an unknown id is exit 4", "[monitor]") {
  Fixture f;
  f.add({.kind = "unrated", .last = 60});
  f.add({.kind = "unassigned", .last = 60});
  const auto before = f.dump();
  CHECK(code_of([&] { monitor::remove_rule(f.db, 7); }) == ExitCode::not_found);
  CHECK(f.dump() == before);
  const auto c = monitor::remove_rule(f.db, 1);
  CHECK(c.message == "monitor rule 1 removed: unrated of all calls, last 60 minutes");
  CHECK(test::joined_rows(f.db, "SELECT id FROM monitorings", ",") == "2");
  CHECK(test::query_int(f.db, "SELECT count(*) FROM actions") == 3);
  CHECK(code_of([&] { monitor::remove_rule(f.db, 1); }) == ExitCode::not_found);
  // A new rule never takes a removed one's id.
  CHECK(f.add({.kind = "unrated", .last = 5}).rule.id == 3);
}
