// Action commands, attached to the pages they change: `details update`
// (spec: Details b), `clis add` (CLIs b), `phonebook add` and `phonebook
// destroy` (Phonebook b), which print their action XML, and `missed-calls
// process` (Missed calls c), which prints the missed calls page.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/id_option.hpp"
#include "cli/period_options.hpp"
#include "cli/session.hpp"
#include "cli/terminal.hpp"
#include "core/actions/cli_actions.hpp"
#include "core/actions/missed_call_actions.hpp"
#include "core/actions/personal_details.hpp"
#include "core/actions/phonebook_actions.hpp"
#include "core/identity/session_file.hpp"
#include "core/pages/missed_calls_page.hpp"

namespace kolmi::cli {

namespace {

// The value every `-` option reads from stdin instead.
constexpr std::string_view kFromStdin = "-";

// The session token the request came with: none when KOLMI_USER and
// KOLMI_PASSWORD are used (acting_user's rule), else the session file's.
std::optional<std::string> session_in_use(const Context& ctx) {
  if (ctx.env("KOLMI_USER") && ctx.env("KOLMI_PASSWORD")) return std::nullopt;
  return identity::read_session_token(ctx.session_file());
}

// --- details update -------------------------------------------------------

struct DetailsUpdateOptions {
  std::array<std::string, actions::kDetailFields.size()> values;
  std::array<CLI::Option*, actions::kDetailFields.size()> options{};
};

const char* field_description(std::string_view param) {
  if (param == "username") return "First name (other_details/username)";
  if (param == "surname") return "Surname";
  if (param == "personalid") return "Personal id";
  if (param == "taxation_country") return "Taxation country: a name or ISO 3166 alpha-3 code; '' clears";
  if (param == "vat_reg_number") return "VAT registration number";
  if (param == "reg_address") return "Registration address";
  if (param == "reg_postcode") return "Postcode";
  if (param == "reg_city") return "City";
  if (param == "reg_country") return "Country as written in the address (free text)";
  if (param == "reg_state") return "State";
  if (param == "reg_direction") return "Country (direction): a name or ISO 3166 alpha-3 code; '' clears";
  if (param == "reg_phone") return "Phone number";
  if (param == "reg_mobile") return "Mobile number";
  if (param == "reg_fax") return "Fax number";
  if (param == "reg_email") return "E-mail address";
  if (param == "password")
    return "New password; give - to read it from stdin (keeps it off the command line)";
  return "The new password again; - reads it from stdin";
}

// Reads the given options, `-` values from stdin in kDetailFields order.
// Throws Error(usage) when none is given or stdin runs out.
actions::PersonalDetailsUpdate read_details_update(const Context& ctx, const DetailsUpdateOptions& o) {
  actions::PersonalDetailsUpdate update;
  for (std::size_t i = 0; i < actions::kDetailFields.size(); ++i) {
    if (o.options[i]->count() == 0) continue;
    const actions::DetailField& f = actions::kDetailFields[i];
    const std::string option(f.option);
    update.*f.value = o.values[i] == kFromStdin ? read_line(ctx.in, option.c_str()) : o.values[i];
  }
  if (actions::nothing_to_change(update)) {
    throw usage_error(
        "details update: nothing to change; give at least one of its options");
  }
  return update;
}

void add_details_update(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<DetailsUpdateOptions>();
  CLI::App* update = app.get_subcommand("details")->add_subcommand(
      "update", "Change your personal details (any of the options; - reads a value from stdin)");
  for (std::size_t i = 0; i < actions::kDetailFields.size(); ++i) {
    const actions::DetailField& f = actions::kDetailFields[i];
    opts->options[i] = update->add_option(std::string(f.option), opts->values[i], field_description(f.param));
  }
  update->callback([&ctx, opts] {
    // Read before the database is opened: a short stdin is a usage error.
    const actions::PersonalDetailsUpdate values = read_details_update(ctx, *opts);
    run_action(ctx, "edit_personal", [&ctx, &values](pages::PageContext& pc) {
      actions::PasswordPolicy policy;
      if (values.password) policy.session_token_in_use = session_in_use(ctx);
      return actions::update_personal_details(pc, values, policy);
    });
  });
}

// --- clis add ---------------------------------------------------------------

void add_clis_add(CLI::App& app, Context& ctx) {
  auto cli = std::make_shared<actions::NewCli>();
  CLI::App* add =
      app.get_subcommand("clis")->add_subcommand("add", "Add a CLI (caller ID) to one of your devices");
  add->add_option("--device", cli->device_id, "The id of one of your devices (see kolmi clis)")
      ->required()
      ->check(id_number());
  add->add_option("--cli", cli->cli, "The number: an optional leading + and 3 to 20 digits")->required();
  add->add_option("--description", cli->description, "What the number is (up to 255 characters)");
  add->callback([&ctx, cli] {
    run_action(ctx, "add_cli", [&cli](pages::PageContext& pc) { return actions::add_cli(pc, *cli); });
  });
}

// --- phonebook add | destroy ----------------------------------------------

struct PhonebookAddOptions {
  std::string number;
  std::string name;
};

void add_phonebook_actions(CLI::App& app, Context& ctx) {
  CLI::App* phonebook = app.get_subcommand("phonebook");
  auto entry = std::make_shared<PhonebookAddOptions>();
  CLI::App* add = phonebook->add_subcommand("add", "Add a phonebook entry");
  // Not required(): a missing one is the spec's "Please fill all fields",
  // printed as the action's XML.
  add->add_option("--number", entry->number, "The phone number (digits, optional leading +, spaces, dashes)");
  add->add_option("--name", entry->name, "The name shown for it");
  add->callback([&ctx, entry] {
    run_action(ctx, "add_phonebook_entry", [&entry](pages::PageContext& pc) {
      return actions::add_phonebook_entry(pc, entry->number, entry->name);
    });
  });

  auto entry_id = std::make_shared<std::int64_t>(0);
  CLI::App* destroy = phonebook->add_subcommand("destroy", "Delete one of your phonebook entries");
  destroy->add_option("ENTRY_ID", *entry_id, "The entry's id (entry_id on kolmi phonebook)")
      ->required()
      ->check(id_number());
  destroy->callback([&ctx, entry_id] {
    run_action(ctx, "delete_phonebook_entry", [&entry_id](pages::PageContext& pc) {
      return actions::delete_phonebook_entry(pc, *entry_id);
    });
  });
}

// --- missed-calls process ---------------------------------------------------

void add_missed_calls_process(CLI::App& app, Context& ctx) {
  CLI::App* missed = app.get_subcommand("missed-calls");
  auto call_id = std::make_shared<std::int64_t>(0);
  CLI::App* process = missed->add_subcommand(
      "process", "Mark one of your missed calls processed, then print the missed calls page");
  process->add_option("CALL_ID", *call_id, "The call's id (call_id on kolmi missed-calls)")
      ->required()
      ->check(id_number());
  // --from/--till/--period belong to missed-calls; given after `process` they reach it too.
  process->fallthrough();
  process->callback([&ctx, missed, call_id] {
    const output::Format format = ctx.output_format(output::kEveryFormat, output::Format::xml);
    PeriodValues period = period_values(missed);
    const pages::MissedCallsRequest request{std::move(period.from), std::move(period.till),
                                            std::move(period.period)};
    store::Database db = ctx.open_database();
    store::User user = acting_user(ctx, db);
    pages::PageContext pc = pages::make_page_context(db, user, *ctx.clock, page_lang(ctx, user));
    // A bad period fails before the call is marked; a call that is not a
    // missed call of the user fails before anything is printed.
    const pages::MissedCallsPage page = pages::load_missed_calls_page(pc, request);
    actions::process_missed_call(pc, *call_id);  // its own write transaction
    store::ReadSnapshot snapshot(db);             // then the page, as run_page reads one
    pages::write_missed_calls_page(*ctx.tree_writer(format), pc, page);
  });
}

}  // namespace

void add_action_commands(CLI::App& app, Context& ctx) {
  add_details_update(app, ctx);
  add_clis_add(app, ctx);
  add_phonebook_actions(app, ctx);
  add_missed_calls_process(app, ctx);
}

}  // namespace kolmi::cli
