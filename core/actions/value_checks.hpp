#pragma once
// Checks of the values users type into actions (personal details, CLIs,
// phonebook entries), and the messages that name what is wrong. Pure
// functions over strings: no database, no I/O.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/pages/i18n.hpp"

namespace kolmi::actions {

// What check_text() found wrong with a value.
enum class TextProblem {
  none,
  invalid_utf8,       // not well-formed UTF-8 (overlong, surrogate, truncated, > U+10FFFF)
  control_character,  // C0 (tab and line ends included), DEL or C1 control characters
  too_long,           // more than the allowed number of characters
};

// Checks that `text` is well-formed UTF-8 without control characters and has
// at most `max_chars` characters (code points, as MOR's VARCHAR(n) counts).
TextProblem check_text(std::string_view text, std::size_t max_chars);

// Shortest and longest count of digits a phone number or CLI may have
// (E.164 allows 15; international prefixes such as 00 or 011 add a few).
inline constexpr std::size_t kMinNumberDigits = 3;
inline constexpr std::size_t kMaxNumberDigits = 20;
// Longest phone number as typed, spaces and dashes included.
inline constexpr std::size_t kMaxPhoneChars = 30;

// A phone number as people write it: an optional leading '+', then digits
// that single spaces or dashes may separate (it starts and ends with a
// digit), kMinNumberDigits to kMaxNumberDigits digits, at most
// kMaxPhoneChars characters. "+370 5 212-3456" is one.
bool valid_phone_number(std::string_view number);

// A caller ID as the PBX compares it: an optional leading '+' and
// kMinNumberDigits to kMaxNumberDigits digits, nothing else.
bool valid_cli_number(std::string_view cli);

// Longest e-mail address (RFC 5321: a path is at most 256 octets, 254 without <>).
inline constexpr std::size_t kMaxEmailChars = 254;

// An ASCII e-mail address: LOCAL@DOMAIN, the local part 1-64 characters of
// RFC 5322's atext and dots (no leading, trailing or doubled dot); the
// domain two or more dot-separated labels of letters, digits and inner
// hyphens, each 1-63 long, the last not all digits; at most kMaxEmailChars
// in all. Internationalised domains are given in their xn-- form.
bool valid_email(std::string_view email);

// `text` without leading and trailing ASCII spaces.
std::string_view trim_spaces(std::string_view text);

// "OPTION: PROBLEM" in `lang`, for the status message of a failed action:
// `problem` is an English template of the i18n table whose first {} is the
// option ("--reg-city") and whose second {}, if any, is `limit`.
std::string field_message(pages::Lang lang, std::string_view problem, std::string_view option,
                          std::size_t limit = 0);

// The field_message() for a TextProblem other than none (`max_chars` is the
// limit check_text() was given).
std::string text_problem_message(pages::Lang lang, TextProblem problem, std::string_view option,
                                 std::size_t max_chars);

// The English templates field_message() takes (keys of the i18n table).
namespace msg {
inline constexpr std::string_view kInvalidUtf8 = "{}: not valid UTF-8";
inline constexpr std::string_view kControlCharacter = "{}: control characters are not allowed";
inline constexpr std::string_view kTooLong = "{}: too long (at most {} characters)";
inline constexpr std::string_view kTooShort = "{}: too short (at least {} characters)";
inline constexpr std::string_view kBadEmail = "{}: not a valid e-mail address";
inline constexpr std::string_view kBadPhone =
    "{}: not a valid phone number (digits, an optional leading +, single spaces or dashes between "
    "digits; 3 to 20 digits)";
inline constexpr std::string_view kBadCli = "{}: not a valid CLI (an optional leading + and 3 to 20 digits)";
inline constexpr std::string_view kUnknownCountry =
    "{}: unknown country; give a country name or ISO 3166 alpha-3 code from the directions list";
inline constexpr std::string_view kAmbiguousCountry =
    "{}: several countries have this name; give its ISO 3166 alpha-3 code";
inline constexpr std::string_view kNoSuchDevice = "no such device of yours: {}";
}  // namespace msg

}  // namespace kolmi::actions
