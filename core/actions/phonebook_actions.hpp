#pragma once
// Phonebook entries (spec "Phonebook" b, actions add_phonebook_entry and
// delete_phonebook_entry): the user's own, added and deleted one at a time.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/pages/page_context.hpp"

namespace kolmi::actions {

// Longest phonebook name, in characters.
inline constexpr std::size_t kMaxPhonebookNameChars = 255;

// Adds an entry for pc.user, added = now (UTC); number and name are stored
// trimmed of spaces. Returns the English success message "Record added".
// Throws Error(action_failed) with the reason in pc.lang: "Please fill all
// fields" when either is empty after trimming (the spec's message), a
// number that is not valid_phone_number(), a name that is not valid text or
// longer than kMaxPhonebookNameChars. Error(storage).
std::string add_phonebook_entry(const pages::PageContext& pc, std::string_view number, std::string_view name);

// Deletes entry `entry_id` when it is pc.user's (checked by the DELETE
// itself). Returns the English success message "Record deleted". Throws
// Error(not_found) with the spec's "We're sorry, but something went wrong"
// (in pc.lang) when no entry of the user has that id, another user's
// included, and then nothing changes. Error(storage).
std::string delete_phonebook_entry(const pages::PageContext& pc, std::int64_t entry_id);

namespace msg {
inline constexpr std::string_view kRecordAdded = "Record added";
inline constexpr std::string_view kRecordDeleted = "Record deleted";
inline constexpr std::string_view kFillAllFields = "Please fill all fields";
inline constexpr std::string_view kSomethingWrong = "We're sorry, but something went wrong";
}  // namespace msg

}  // namespace kolmi::actions
