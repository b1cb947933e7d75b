#pragma once
// The phone numbers of a callback request, checked and cleaned before they
// go near the database or a call file.
#include <string>
#include <string_view>

#include "core/pages/i18n.hpp"

namespace kolmi::callback {

// `raw`, the value of `option` ("--src", "--dst"), as a dialable number. It
// must be a phone number as actions::valid_phone_number() takes it in every
// action (an optional leading '+', 3 to 20 digits, single spaces or dashes
// between digits); the spaces and dashes are dropped ("+370 612-34567" ->
// "+37061234567"). Anything else (letters, tabs, newlines, ';', quotes) is
// refused, so a number can never inject a line or a comment into a call
// file. Throws Error(action_failed) "--src: not a valid phone number (...)"
// in `lang`, the message the other actions give.
std::string normalize_number(std::string_view raw, std::string_view option, pages::Lang lang);

}  // namespace kolmi::callback
