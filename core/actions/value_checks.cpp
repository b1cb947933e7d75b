#include "core/actions/value_checks.hpp"

#include <optional>

#include <fmt/format.h>

namespace kolmi::actions {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Decodes the code point at text[i] and advances i past it; nullopt for a
// malformed sequence (overlong forms, surrogates and values past U+10FFFF
// included), so only well-formed UTF-8 passes.
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1Fu;
    min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0Fu;
    min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07u;
    min = 0x10000;
  } else {
    return std::nullopt;
  }
  if (text.size() - i < length) return std::nullopt;
  for (std::size_t k = 1; k < length; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (c & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  i += length;
  return cp;
}

bool is_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

// RFC 5322 atext, the characters of an unquoted local part besides dots.
bool is_atext(char c) {
  constexpr std::string_view kSpecials = "!#$%&'*+/=?^_`{|}~-";
  return is_alpha(c) || is_digit(c) || kSpecials.find(c) != std::string_view::npos;
}

bool valid_local_part(std::string_view local) {
  constexpr std::size_t kMaxLocal = 64;
  if (local.empty() || local.size() > kMaxLocal) return false;
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
  for (char c : local) {
    if (c != '.' && !is_atext(c)) return false;
  }
  return true;
}

bool valid_domain(std::string_view domain) {
  constexpr std::size_t kMaxDomain = 253;
  constexpr std::size_t kMaxLabel = 63;
  if (domain.empty() || domain.size() > kMaxDomain) return false;
  std::size_t labels = 0;
  bool last_all_digits = false;
  while (true) {
    const std::size_t dot = domain.find('.');
    const std::string_view label = domain.substr(0, dot);
    if (label.empty() || label.size() > kMaxLabel || label.front() == '-' || label.back() == '-')
      return false;
    last_all_digits = true;
    for (char c : label) {
      if (!is_alpha(c) && !is_digit(c) && c != '-') return false;
      if (!is_digit(c)) last_all_digits = false;
    }
    ++labels;
    if (dot == std::string_view::npos) break;
    domain.remove_prefix(dot + 1);
  }
  return labels >= 2 && !last_all_digits;
}

}  // namespace

TextProblem check_text(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::optional<char32_t> cp = next_code_point(text, i);
    if (!cp) return TextProblem::invalid_utf8;
    if (is_control(*cp)) return TextProblem::control_character;
    ++chars;
  }
  return chars > max_chars ? TextProblem::too_long : TextProblem::none;
}

bool valid_phone_number(std::string_view number) {
  if (number.size() > kMaxPhoneChars) return false;
  if (!number.empty() && number.front() == '+') number.remove_prefix(1);
  if (number.empty() || !is_digit(number.front()) || !is_digit(number.back())) return false;
  std::size_t digits = 0;
  char previous = '0';
  for (char c : number) {
    if (is_digit(c)) {
      ++digits;
    } else if ((c == ' ' || c == '-') && is_digit(previous)) {
      // a single separator between digits
    } else {
      return false;
    }
    previous = c;
  }
  return digits >= kMinNumberDigits && digits <= kMaxNumberDigits;
}

bool valid_cli_number(std::string_view cli) {
  if (!cli.empty() && cli.front() == '+') cli.remove_prefix(1);
  if (cli.size() < kMinNumberDigits || cli.size() > kMaxNumberDigits) return false;
  for (char c : cli) {
    if (!is_digit(c)) return false;
  }
  return true;
}

bool valid_email(std::string_view email) {
  if (email.size() > kMaxEmailChars) return false;
  const std::size_t at = email.find('@');
  if (at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos) return false;
  return valid_local_part(email.substr(0, at)) && valid_domain(email.substr(at + 1));
}

std::string_view trim_spaces(std::string_view text) {
  const std::size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::string field_message(pages::Lang lang, std::string_view problem, std::string_view option,
                          std::size_t limit) {
  // The templates are our own i18n entries, never input; fmt ignores an
  // unused second argument.
  return fmt::format(fmt::runtime(pages::tr(lang, problem)), option, limit);
}

std::string text_problem_message(pages::Lang lang, TextProblem problem, std::string_view option,
                                 std::size_t max_chars) {
  switch (problem) {
    case TextProblem::invalid_utf8:
      return field_message(lang, msg::kInvalidUtf8, option);
    case TextProblem::control_character:
      return field_message(lang, msg::kControlCharacter, option);
    case TextProblem::too_long:
      return field_message(lang, msg::kTooLong, option, max_chars);
    case TextProblem::none:
      break;
  }
  return {};
}

}  // namespace kolmi::actions
