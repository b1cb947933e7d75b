#include "core/callback/callback_number.hpp"

#include "core/actions/value_checks.hpp"
#include "core/error.hpp"

namespace kolmi::callback {

std::string normalize_number(std::string_view raw, std::string_view option, pages::Lang lang) {
  if (!actions::valid_phone_number(raw))
    throw action_error(actions::field_message(lang, actions::msg::kBadPhone, option));
  std::string out;
  for (char c : raw) {
    if (c != ' ' && c != '-') out += c;
  }
  return out;
}

}  // namespace kolmi::callback
