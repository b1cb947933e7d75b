// `kolmi callback --src NUMBER --dst NUMBER --device ID`: the Callback page
// of the spec (activate_callback). Prints the action XML "callback".
#include <memory>

#include "cli/commands.hpp"
#include "cli/id_option.hpp"
#include "cli/session.hpp"
#include "core/callback/callback_request.hpp"

namespace kolmi::cli {

void add_callback_command(CLI::App& app, Context& ctx) {
  auto request = std::make_shared<callback::CallbackRequest>();
  CLI::App* cmd = app.add_subcommand(
      "callback", "Callback: the PBX calls you at the source number and connects you to the destination");
  cmd->add_option("--src", request->src, "Number to call first (yours): digits, a leading +, spaces, dashes")
      ->required();
  cmd->add_option("--dst", request->dst, "Number to connect you to")->required();
  cmd->add_option("--device", request->device_id, "Your device the calls go through (its id)")
      ->required()
      ->check(id_number());
  cmd->callback([&ctx, request] {
    run_action(ctx, "callback", [&ctx, request](pages::PageContext& page) {
      // The spool from the environment is read here, at the edge; core gets it as a value.
      callback::request_callback(page.db, page.user.id, page.clock, page.lang, *request,
                                 ctx.env("KOLMI_CALLBACK_SPOOL"));
      return std::string("Callback activated");
    });
  });
}

}  // namespace kolmi::cli
