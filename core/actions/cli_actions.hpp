#pragma once
// Add a CLI (spec "CLIs" b, action add_cli): a caller ID for one of the
// user's devices.
#include <cstdint>
#include <string>

#include "core/pages/page_context.hpp"

namespace kolmi::actions {

// Longest CLI description, in characters.
inline constexpr std::size_t kMaxCliDescriptionChars = 255;

struct NewCli {
  std::int64_t device_id = 0;
  std::string cli;          // valid_cli_number(), stored as given
  std::string description;  // optional; trimmed of spaces
};

// Adds `cli` to device `device_id` of pc.user with added_at = now (UTC).
// The device's ownership is checked by the INSERT itself. Returns the
// English success message "CLI created". Throws Error(action_failed) with a
// reason in pc.lang for a malformed CLI, a bad description, or a CLI the
// device already has; Error(not_found) "no such device of yours: ID" when
// the device is missing or another user's (the two are told apart by
// nobody); Error(storage).
std::string add_cli(const pages::PageContext& pc, const NewCli& cli);

namespace msg {
inline constexpr std::string_view kCliCreated = "CLI created";
inline constexpr std::string_view kDuplicateCli = "CLI not created: the device already has this CLI";
}  // namespace msg

}  // namespace kolmi::actions
