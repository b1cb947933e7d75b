#pragma once
// Edit personal details (spec "Details" b, action edit_personal): the user
// changes their own name, tax data, registration address and password.
#include <optional>
#include <string>

#include "core/actions/details_validation.hpp"
#include "core/identity/password.hpp"
#include "core/pages/page_context.hpp"

namespace kolmi::actions {

struct PasswordPolicy {
  // The cost login and `kolmi admin user passwd` use; minimal only in tests.
  identity::KdfCost kdf = identity::KdfCost::interactive;
  // The session the request came with, if any: a password change ends every
  // other session of the user, so one opened with the old password (a
  // leaked one, say) is out at once, while the caller stays logged in.
  std::optional<std::string> session_token_in_use;
};

// Applies `update` to pc.user, all or nothing: every value is checked first
// (details_problem(), then the countries against the directions table, by
// ISO 3166 alpha-3 code or by name, letter case ignored), then one
// transaction writes the users row and the user's address. A user without
// an address gets one (linked through users.address_id in the same
// transaction); an address another user shares is copied first, so the
// other user's stays as it was. A new password is hashed with argon2id at
// `policy.kdf`. Returns the English success message "Personal details
// changed". Throws Error(usage) when nothing is given, Error(action_failed)
// with one reason in pc.lang when a value is refused (nothing changes),
// Error(storage) when the database fails.
std::string update_personal_details(const pages::PageContext& pc, const PersonalDetailsUpdate& update,
                                    const PasswordPolicy& policy = {});

}  // namespace kolmi::actions
