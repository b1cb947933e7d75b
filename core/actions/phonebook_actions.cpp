#include "core/actions/phonebook_actions.hpp"

#include "core/actions/value_checks.hpp"
#include "core/error.hpp"
#include "core/store/phonebook.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::actions {

std::string add_phonebook_entry(const pages::PageContext& pc, std::string_view number_given,
                                std::string_view name_given) {
  const std::string_view number = trim_spaces(number_given);
  const std::string_view name = trim_spaces(name_given);
  if (number.empty() || name.empty())
    throw action_error(std::string(pages::tr(pc.lang, msg::kFillAllFields)));
  if (!valid_phone_number(number)) throw action_error(field_message(pc.lang, msg::kBadPhone, "--number"));
  if (TextProblem p = check_text(name, kMaxPhonebookNameChars); p != TextProblem::none) {
    throw action_error(text_problem_message(pc.lang, p, "--name", kMaxPhonebookNameChars));
  }
  store::Transaction tx(pc.db);
  const std::int64_t id =
      store::insert_phonebook_entry(pc.db, pc.user.id, number, name, format_utc(pc.clock.now()));
  tx.audit({.target_type = "phonebook", .target_id = id});
  tx.commit();
  return std::string(msg::kRecordAdded);
}

std::string delete_phonebook_entry(const pages::PageContext& pc, std::int64_t entry_id) {
  store::Transaction tx(pc.db);
  if (!store::delete_phonebook_entry(pc.db, pc.user.id, entry_id))
    throw not_found_error(std::string(pages::tr(pc.lang, msg::kSomethingWrong)));
  tx.audit({.target_type = "phonebook", .target_id = entry_id});
  tx.commit();
  return std::string(msg::kRecordDeleted);
}

}  // namespace kolmi::actions
