// What every command's --help ends with: two or three examples, the
// environment variables it reads and "See man kolmi." One table, so the
// examples are reviewed together; add_help_footers puts them on the whole
// command tree after it is built, so command files stay as they are.
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/help_examples.hpp"
#include "cli/usage_errors.hpp"

namespace kolmi::cli {

namespace {

constexpr std::string_view kPageEnv =
    "KOLMI_DB, KOLMI_SESSION, KOLMI_USER with KOLMI_PASSWORD (instead of a session), KOLMI_OUTPUT, KOLMI_NOW";
constexpr std::string_view kExportEnv =
    "KOLMI_DB, KOLMI_SESSION, KOLMI_USER with KOLMI_PASSWORD (instead of a session), KOLMI_NOW";
constexpr std::string_view kAdminEnv =
    "KOLMI_DB, KOLMI_SESSION, KOLMI_USER with KOLMI_PASSWORD (instead of a session), KOLMI_OUTPUT, KOLMI_NOW";
constexpr std::string_view kAllEnv =
    "KOLMI_DB, KOLMI_SESSION, KOLMI_USER, KOLMI_PASSWORD, KOLMI_OUTPUT, KOLMI_NOW, KOLMI_CALLBACK_SPOOL";

// Command path -> examples and environment. Examples use the demo
// database's logins (kolmi demo); ids are placeholders to replace.
const std::vector<HelpEntry> kHelp = {
    {"", {"kolmi demo", "kolmi login -u demo", "kolmi calls --from 2026-11-01 --status answered"}, kAllEnv},
    {"init", {"kolmi init", "printf '%s\\n' \"$pw\" | kolmi init --admin root --password-stdin"},
     "KOLMI_DB, KOLMI_PASSWORD (the first admin's password)"},
    {"demo", {"kolmi demo", "kolmi --db /tmp/demo.db demo --seed 7 --calls 100000"}, "KOLMI_DB, KOLMI_NOW"},
    {"login-form", {"kolmi login-form", "kolmi login-form --lang ru"}, ""},
    {"login",
     {"kolmi login -u demo", "printf '%s\\n' \"$pw\" | kolmi login -u demo --password-stdin"},
     "KOLMI_DB, KOLMI_SESSION, KOLMI_USER (the default of -u), KOLMI_PASSWORD"},
    {"logout", {"kolmi logout", "kolmi --session ~/work.session logout"}, "KOLMI_DB, KOLMI_SESSION"},
    {"main", {"kolmi main", "kolmi main --lang ru", "KOLMI_USER=demo KOLMI_PASSWORD=... kolmi main"}, kPageEnv},
    {"calls",
     {"kolmi calls --from 2026-11-01 --till 2026-11-30", "kolmi calls --status answered --direction outgoing",
      "kolmi calls --device 5 --currency EUR"},
     kPageEnv},
    {"calls export",
     {"kolmi calls export --format csv -o calls.csv", "kolmi calls --from 2026-11-01 export --format pdf -o ./"},
     kExportEnv},
    {"new-calls", {"kolmi new-calls", "kolmi new-calls --lang ru"}, kPageEnv},
    {"missed-calls", {"kolmi missed-calls", "kolmi missed-calls --from 2026-11-01 --till 2026-11-30"}, kPageEnv},
    {"missed-calls process", {"kolmi missed-calls process 1234", "kolmi missed-calls process 1234 --from 2026-11-01"},
     kPageEnv},
    {"stats", {"kolmi stats", "kolmi stats --from 2026-11-01 --till 2026-11-15"}, kPageEnv},
    {"stats export",
     {"kolmi stats export --format pdf --period last-month -o ./",
      "kolmi stats export --format svg --from 2026-01-01 --till 2026-12-31 -o year.svg"},
     kExportEnv},
    {"details", {"kolmi details", "kolmi details --lang ru"}, kPageEnv},
    {"details update",
     {"kolmi details update --reg-city Vilnius --reg-phone '+370 5 123 4567'",
      "printf '%s\\n%s\\n' \"$pw\" \"$pw\" | kolmi details update --password - --password-confirm -"},
     kPageEnv},
    {"devices", {"kolmi devices", "kolmi --as demo2 devices"}, kPageEnv},
    {"payments", {"kolmi payments", "kolmi payments --lang ru"}, kPageEnv},
    {"invoices", {"kolmi invoices", "kolmi --as demo2 invoices"}, kPageEnv},
    {"invoices export",
     {"kolmi invoices export 12 --format pdf -o ./", "kolmi invoices export 12 --format xlsx -o inv.xlsx",
      "kolmi invoices export 12 --format csv --separator , -o inv.csv"},
     kExportEnv},
    {"subscriptions", {"kolmi subscriptions", "kolmi --as demo2 subscriptions"}, kPageEnv},
    {"clis", {"kolmi clis", "kolmi clis add --device 5 --cli +37052000000"}, kPageEnv},
    {"clis add",
     {"kolmi clis add --device 5 --cli +37052000000", "kolmi clis add --device 5 --cli 37052000001 --description Office"},
     kPageEnv},
    {"phonebook", {"kolmi phonebook", "kolmi phonebook add --number +37061234567 --name Anna"}, kPageEnv},
    {"phonebook add",
     {"kolmi phonebook add --number +37061234567 --name Anna", "kolmi phonebook add --number '8 612 34567' --name Home"},
     kPageEnv},
    {"phonebook destroy", {"kolmi phonebook destroy 3", "kolmi phonebook && kolmi phonebook destroy 3"}, kPageEnv},
    {"faxes", {"kolmi faxes", "kolmi faxes --from 2026-11-01 --status received"}, kPageEnv},
    {"rates", {"kolmi rates", "kolmi rates --currency EUR"}, kPageEnv},
    {"rates export", {"kolmi rates export --format csv -o rates.csv", "kolmi rates export --format pdf -o ./"},
     kExportEnv},
    {"destinations", {"kolmi destinations 12", "kolmi rates && kolmi destinations 12"}, kPageEnv},
    {"callback",
     {"kolmi callback --src +37052000000 --dst +4420799999 --device 5",
      "KOLMI_CALLBACK_SPOOL=/var/spool/asterisk/outgoing kolmi callback --src 101 --dst 4420799999 --device 5"},
     "KOLMI_DB, KOLMI_SESSION, KOLMI_USER with KOLMI_PASSWORD (instead of a session), KOLMI_OUTPUT, "
     "KOLMI_CALLBACK_SPOOL"},
    {"admin", {"kolmi admin user list", "kolmi admin import cdr Master.csv", "kolmi admin rerate --dry-run"},
     kAdminEnv},
    {"admin user", {"kolmi admin user list", "kolmi admin user show demo", "kolmi admin user add bob --tariff 'Retail USD' --password-stdin"},
     kAdminEnv},
    {"admin user add",
     {"printf '%s\\n' \"$pw\" | kolmi admin user add bob --password-stdin",
      "kolmi admin user add carol --usertype admin --currency EUR --prepaid --credit 50"},
     kAdminEnv},
    {"admin user list",
     {"kolmi admin user list", "kolmi admin user list --blocked",
      "kolmi admin user list --tariff 'Retail EUR' --output tsv | awk -F'\\t' 'NR > 1 && $8 < 0 { print $2 }'"},
     kAdminEnv},
    {"admin user show",
     {"kolmi admin user show demo", "kolmi admin user show 12 --output json",
      "kolmi admin user show demo --output tsv | awk -F'\\t' '$1 == \"balance\" { print $2 }'"},
     kAdminEnv},
    {"admin user set",
     {"kolmi admin user set demo --tariff 'Retail EUR' --currency EUR --tz Europe/Vilnius",
      "kolmi admin user set demo --prepaid --credit 0 --vat 21",
      "kolmi admin user set 12 --credit unlimited --usertype admin --email carol@example.com"},
     kAdminEnv},
    {"admin user passwd",
     {"kolmi admin user passwd bob", "printf '%s\\n' \"$pw\" | kolmi admin user passwd bob --password-stdin"},
     kAdminEnv},
    {"admin user block", {"kolmi admin user block bob", "kolmi admin user block demo2"}, kAdminEnv},
    {"admin user unblock", {"kolmi admin user unblock bob", "kolmi admin user unblock demo2"}, kAdminEnv},
    {"admin device", {"kolmi admin device list", "kolmi admin device add --user bob --type SIP --name bob1"},
     kAdminEnv},
    {"admin device add",
     {"kolmi admin device add --user bob --type SIP --name bob1 --extension 201",
      "printf '%s\\n' \"$secret\" | kolmi admin device add --user bob --type SIP --name bob2 --secret -"},
     kAdminEnv},
    {"admin device list", {"kolmi admin device list", "kolmi admin device list --user bob"}, kAdminEnv},
    {"admin payment",
     {"kolmi admin payment add --user bob --amount 121.00", "kolmi admin payment list --user bob"},
     kAdminEnv},
    {"admin payment add",
     {"kolmi admin payment add --user bob --amount 121.00 --comment 'bank transfer 2026-11-27'",
      "kolmi admin payment add --user demo2 --amount 50 --currency USD --date 2026-11-20 --tz Europe/Sofia",
      "kolmi admin payment add --user bob --amount 10 --refund --comment 'double payment'"},
     kAdminEnv},
    {"admin payment list",
     {"kolmi admin payment list --period this-month", "kolmi admin payment list --user demo2 --output tsv"},
     kAdminEnv},
    {"admin tariff", {"kolmi admin tariff list", "kolmi admin tariff show 'Retail USD' --prefix 4420"}, kAdminEnv},
    {"admin tariff list",
     {"kolmi admin tariff list", "kolmi admin tariff list --output tsv | awk -F'\\t' 'NR > 1 && $6 == 0 { print $2 }'"},
     kAdminEnv},
    {"admin explain",
     {"kolmi admin explain 1042",
      "kolmi admin calls --period yesterday --output tsv | tail -n +2 | cut -f1 | "
      "while read -r id; do kolmi admin explain \"$id\" >/dev/null || echo \"$id\"; done"},
     kAdminEnv},
    {"admin rate",
     {"kolmi admin rate +442079460000 --user demo --duration 125",
      "kolmi admin rate 37061234567 --tariff 'Retail USD' --at '2026-12-01 23:30:00' --output json"},
     kAdminEnv},
    {"admin calls",
     {"kolmi admin calls --unrated --period this-month", "kolmi admin calls --user bob --dst '4420*' --limit 20",
      "kolmi admin calls --uniqueid 1732781400.42 --output json"},
     kAdminEnv},
    {"admin report",
     {"kolmi admin report --by provider,destination --period last-month --output table",
      "kolmi admin report --by user,day --tz Europe/Vilnius --currency EUR --output csv > days.csv",
      "kolmi admin report --by destination --period 2026-11 --format pdf -o reports/"},
     kAdminEnv},
    {"admin tariff show",
     {"kolmi admin tariff show 'Retail USD' --prefix 4420", "kolmi admin tariff show ASTPP --group 79 --output json",
      "kolmi admin tariff show ASTPP --output csv > astpp-rates.csv"},
     kAdminEnv},
    {"admin tariff diff",
     {"kolmi admin tariff diff 'Retail USD' deck-2027.csv --effective-from 2027-01-01",
      "kolmi admin tariff diff 'Retail USD' deck.csv --effective-from '2026-12-15 00:00:00' --tz Europe/Vilnius "
      "--notice-days 14 --output csv > notice.csv"},
     kAdminEnv},
    {"admin import",
     {"kolmi admin import cdr Master.csv", "kolmi admin import rates deck.csv --tariff 'Retail USD'"}, kAdminEnv},
    {"admin import cdr",
     {"kolmi admin import cdr Master.csv", "kolmi admin import cdr --layout freeswitch --source-tz UTC cdr.csv",
      "kolmi admin import cdr --dry-run Master.csv"},
     kAdminEnv},
    {"admin import rates",
     {"kolmi admin import rates deck.csv --tariff 'Retail USD'",
      "kolmi admin import rates carrier.csv --tariff 'Carrier buy' --purpose provider",
      "kolmi admin import rates deck-2027.csv --tariff 'Retail USD' --effective-from 2027-01-01 --tz Europe/Vilnius"},
     kAdminEnv},
    {"admin import destinations",
     {"kolmi admin import destinations destinations.csv", "kolmi admin import destinations --dry-run destinations.csv"},
     kAdminEnv},
    {"admin provider",
     {"kolmi admin provider list", "kolmi admin provider add 'Carrier One' --tariff 'Carrier buy' --peer carrier"},
     kAdminEnv},
    {"admin provider add",
     {"kolmi admin import rates carrier.csv --tariff 'Carrier buy' --purpose provider",
      "kolmi admin provider add 'Carrier One' --tariff 'Carrier buy' --peer carrier --peer sofia/gateway/carrier"},
     kAdminEnv},
    {"admin provider list", {"kolmi admin provider list", "kolmi admin provider list --output json"}, kAdminEnv},
    {"admin provider set",
     {"kolmi admin provider set 'Carrier One' --add-peer carrier2 --remove-peer carrier",
      "kolmi admin provider set 'Carrier One' --tariff 'Carrier buy 2026' --peer carrier"},
     kAdminEnv},
    {"admin rerate",
     {"kolmi admin rerate --dry-run", "kolmi admin rerate --from 2026-11-01 --till 2026-11-30 --user demo",
      "kolmi admin rerate --dry-run --diff --output json"},
     kAdminEnv},
    {"admin log",
     {"kolmi admin log --period today", "kolmi admin log --user bob --from 2026-11-01 --tz Europe/Vilnius",
      "kolmi admin log --output json"},
     kAdminEnv},
    {"admin currency", {"kolmi admin currency list", "kolmi admin currency set EUR --rate 0.92"}, kAdminEnv},
    {"admin currency list",
     {"kolmi admin currency list", "kolmi admin currency list --output tsv | awk -F'\\t' '$4 == \"yes\" { print $1, $3 }'"},
     kAdminEnv},
    {"admin currency add",
     {"kolmi admin currency add GBP --name 'Pound sterling' --rate 0.79",
      "kolmi admin currency add SEK --name 'Swedish krona' --rate 11.25 --output json"},
     kAdminEnv},
    {"admin currency set",
     {"kolmi admin currency set EUR --rate 0.92",
      "curl -s https://example.com/eur.txt | xargs -I{} kolmi admin currency set EUR --rate {}"},
     kAdminEnv},
    {"admin currency enable", {"kolmi admin currency enable GBP", "kolmi admin currency enable GBP --output json"},
     kAdminEnv},
    {"admin currency disable",
     {"kolmi admin currency disable GBP", "kolmi admin currency disable GBP || kolmi admin currency list"},
     kAdminEnv},
    {"admin config", {"kolmi admin config list", "kolmi admin config set CSV_Separator ,"}, kAdminEnv},
    {"admin config list", {"kolmi admin config list", "kolmi admin config list --output json"}, kAdminEnv},
    {"admin config get",
     {"kolmi admin config get Session_Expiry_Days",
      "kolmi admin config get Callback_Spool_Dir --output tsv | tail -n 1 | cut -f2"},
     kAdminEnv},
    {"admin config set",
     {"kolmi admin config set Nice_Number_Digits 2",
      "kolmi admin config set Callback_Spool_Dir /var/spool/asterisk/outgoing"},
     kAdminEnv},
    {"admin config unset",
     {"kolmi admin config unset CSV_Separator", "kolmi admin config unset Nice_Number_Digits --output json"},
     kAdminEnv},
    {"admin callbacks",
     {"kolmi admin callbacks --status failed", "kolmi admin callbacks --user demo --period this-month",
      "kolmi admin callbacks --status queued --output tsv"},
     kAdminEnv},
    {"admin invoices",
     {"kolmi admin invoices generate --period 2026-10", "kolmi admin invoices export --period 2026-10 -o invoices/"},
     kAdminEnv},
    {"admin invoices generate",
     {"kolmi admin invoices generate --period 2026-10",
      "kolmi admin invoices generate --period 2026-10 --user demo --issue-date 2026-11-01 --replace"},
     kAdminEnv},
    {"admin invoices export",
     {"kolmi admin invoices export --period 2026-10 -o /srv/invoices/2026-10/",
      "kolmi admin invoices export --period 2026-10 --format pdf --strict -o pdf/",
      "kolmi admin invoices export --period \"$(date -d 'last month' +%Y-%m)\" -o out/ --bom"},
     kAdminEnv},
    {"admin monitor",
     {"kolmi admin monitor add spend --user demo --above 50 --period day",
      "kolmi admin monitor check --since \"$(date -u -d '-5 min' '+%F %T')\""},
     kAdminEnv},
    {"admin monitor add",
     {"kolmi admin monitor add spend --user demo --above 50 --period day",
      "kolmi admin monitor add calls --device 7 --above 30 --last 10",
      "kolmi admin monitor add margin --below 5 --by provider --last 1440"},
     kAdminEnv},
    {"admin monitor list", {"kolmi admin monitor list", "kolmi admin monitor list --output json"}, kAdminEnv},
    {"admin monitor remove", {"kolmi admin monitor remove 3", "kolmi admin monitor remove 3 --output json"}, kAdminEnv},
    {"admin monitor check",
     {"kolmi admin monitor check", "kolmi admin monitor check --since '2026-11-28 09:25:00' --output tsv",
      "kolmi admin monitor check --block"},
     kAdminEnv},
    {"admin copy",
     {"kolmi admin copy --from ~/.local/share/kolmi/kolmi.db --to 'mariadb://kolmi@db.example.com/kolmi'",
      "kolmi admin copy --from 'mariadb:///kolmi?socket=/run/mysqld/mysqld.sock' --to snapshot.db"},
     "KOLMI_SESSION, KOLMI_USER with KOLMI_PASSWORD (an admin of the source), KOLMI_FROM_DB_PASSWORD and "
     "KOLMI_TO_DB_PASSWORD (each end's server password, else KOLMI_DB_PASSWORD), KOLMI_OUTPUT, KOLMI_NOW"},
    {"help", {"kolmi help", "kolmi help calls", "kolmi help admin import cdr"}, ""},
    {"completion",
     {"source <(kolmi completion bash)", "kolmi completion zsh > \"${fpath[1]}/_kolmi\""}, ""},
};

const HelpEntry* entry_for(const std::string& path) {
  for (const HelpEntry& e : kHelp) {
    if (e.path == path) return &e;
  }
  return nullptr;
}

std::string footer(const CLI::App& command) {
  std::string out;
  const HelpEntry* e = entry_for(command_path(command));
  if (e && !e->examples.empty()) {
    out += "Examples:\n";
    for (std::string_view example : e->examples) out += fmt::format("  {}\n", example);
    out += "\n";
  }
  // A command without an entry (added since) still names its environment:
  // its group's.
  for (const CLI::App* c = &command; !e && c->get_parent(); c = c->get_parent()) {
    e = entry_for(command_path(*c->get_parent()));
  }
  if (e && !e->environment.empty()) out += fmt::format("Environment: {}.\n", e->environment);
  out += "See man kolmi.";
  return out;
}

void add_footers(CLI::App& command) {
  command.footer(footer(command));
  for (CLI::App* sub : command.get_subcommands([](const CLI::App* s) { return !s->get_name().empty(); })) {
    add_footers(*sub);
  }
}

}  // namespace

const std::vector<HelpEntry>& help_entries() { return kHelp; }

void add_help_footers(CLI::App& app) { add_footers(app); }

}  // namespace kolmi::cli
