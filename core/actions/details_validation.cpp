#include "core/actions/details_validation.hpp"

#include "core/actions/value_checks.hpp"

namespace kolmi::actions {

namespace {

// The problem of one given value, or nullopt.
std::optional<std::string> field_problem(const DetailField& f, const std::string& value, pages::Lang lang) {
  if (TextProblem p = check_text(value, f.max_chars); p != TextProblem::none) {
    return text_problem_message(lang, p, f.option, f.max_chars);
  }
  if (value.empty()) {
    // Clearing a field is allowed, except for a password.
    if (f.kind != FieldKind::password) return std::nullopt;
  }
  switch (f.kind) {
    case FieldKind::phone:
      if (!valid_phone_number(value)) return field_message(lang, msg::kBadPhone, f.option);
      break;
    case FieldKind::email:
      if (!valid_email(value)) return field_message(lang, msg::kBadEmail, f.option);
      break;
    case FieldKind::password:
      // Valid text already: too_long against one less than the minimum
      // means at least the minimum number of characters.
      if (check_text(value, kMinPasswordChars - 1) != TextProblem::too_long) {
        return field_message(lang, msg::kTooShort, f.option, kMinPasswordChars);
      }
      break;
    case FieldKind::text:
    case FieldKind::country:
      break;
  }
  return std::nullopt;
}

}  // namespace

std::string stored_value(const DetailField& field, const std::string& given) {
  if (field.kind == FieldKind::password) return given;
  return std::string(trim_spaces(given));
}

bool nothing_to_change(const PersonalDetailsUpdate& update) {
  for (const DetailField& f : kDetailFields) {
    if (update.*f.value) return false;
  }
  return true;
}

std::optional<std::string> details_problem(const PersonalDetailsUpdate& update, pages::Lang lang) {
  for (const DetailField& f : kDetailFields) {
    const std::optional<std::string>& given = update.*f.value;
    if (!given) continue;
    if (auto problem = field_problem(f, stored_value(f, *given), lang)) return problem;
  }
  if (update.password.has_value() != update.password_confirm.has_value()) {
    return std::string(pages::tr(lang, msg::kPasswordPair));
  }
  if (update.password && *update.password != *update.password_confirm) {
    return std::string(pages::tr(lang, msg::kPasswordMismatch));
  }
  return std::nullopt;
}

}  // namespace kolmi::actions
