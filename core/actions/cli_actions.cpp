#include "core/actions/cli_actions.hpp"

#include <fmt/format.h>

#include "core/actions/value_checks.hpp"
#include "core/error.hpp"
#include "core/store/callerids.hpp"
#include "core/store/devices.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::actions {

std::string add_cli(const pages::PageContext& pc, const NewCli& c) {
  if (!valid_cli_number(c.cli)) throw action_error(field_message(pc.lang, msg::kBadCli, "--cli"));
  const std::string description(trim_spaces(c.description));
  if (TextProblem p = check_text(description, kMaxCliDescriptionChars); p != TextProblem::none) {
    throw action_error(text_problem_message(pc.lang, p, "--description", kMaxCliDescriptionChars));
  }

  store::Transaction tx(pc.db);
  // Inserts only when the device is the user's; a CLI the device already
  // has (callerids_device_cli) inserts nothing either.
  const std::optional<std::int64_t> cli_id =
      store::insert_callerid(pc.db, pc.user.id, c.device_id, c.cli, description, format_utc(pc.clock.now()));
  if (!cli_id) {
    // Which of the two: asked only for the user's own devices, so another
    // user's device reads as missing.
    if (!store::user_owns_device(pc.db, pc.user.id, c.device_id))
      throw not_found_error(field_message(pc.lang, msg::kNoSuchDevice, std::to_string(c.device_id)));
    throw action_error(std::string(pages::tr(pc.lang, msg::kDuplicateCli)));
  }
  tx.audit({.target_type = "callerid", .target_id = *cli_id, .data = fmt::format("device {}", c.device_id)});
  tx.commit();
  return std::string(msg::kCliCreated);
}

}  // namespace kolmi::actions
