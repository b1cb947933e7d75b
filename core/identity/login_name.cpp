#include "core/identity/login_name.hpp"
#include "core/text/message_text.hpp"

#include <fmt/format.h>

namespace kolmi::identity {

bool valid_login(std::string_view login) {
  if (login.empty() || login.size() > 64) return false;
  for (char c : login) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '.' || c == '-' || c == '@';
    if (!ok) return false;
  }
  return true;
}

std::string invalid_login_message(std::string_view login) {
  return fmt::format("invalid login '{}': use 1 to 64 letters, digits, '_', '.', '-' or '@'", text::shown(login));
}

}  // namespace kolmi::identity
