#pragma once
// What a login may look like, shared by kolmi init and kolmi admin user add
// so both accept exactly the same names.
#include <string>
#include <string_view>

namespace kolmi::identity {

// 1 to 64 ASCII letters, digits, '_', '.', '-' or '@' (an e-mail address
// works). Other characters are refused rather than normalised, so a login
// is typed the same way everywhere (shells, cron, other systems).
bool valid_login(std::string_view login);

// The one-sentence reason valid_login(login) is false, for Error(usage).
std::string invalid_login_message(std::string_view login);

}  // namespace kolmi::identity
