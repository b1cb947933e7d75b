#include "core/actions/personal_details.hpp"

#include <cstdint>
#include <vector>

#include "core/actions/value_checks.hpp"
#include "core/error.hpp"
#include "core/identity/session_store.hpp"
#include "core/store/addresses.hpp"
#include "core/store/sessions.hpp"
#include "core/store/user_accounts.hpp"

namespace kolmi::actions {

namespace {

using Assignment = store::ColumnValue;

// The directions row a country value names: its ISO 3166 alpha-3 code
// (any letter case) or its name (ASCII letter case ignored). "" clears the
// field (nullopt). Throws Error(action_failed) naming the option when no
// country, or more than one by that name, matches.
std::optional<std::int64_t> resolve_country(store::Database& db, const DetailField& f,
                                            const std::string& value, pages::Lang lang) {
  if (value.empty()) return std::nullopt;
  if (auto id = store::direction_id_by_code(db, value)) return id;
  const std::vector<std::int64_t> named = store::direction_ids_by_name(db, value);
  if (named.empty()) throw action_error(field_message(lang, msg::kUnknownCountry, f.option));
  if (named.size() > 1) throw action_error(field_message(lang, msg::kAmbiguousCountry, f.option));
  return named.front();
}

}  // namespace

std::string update_personal_details(const pages::PageContext& pc, const PersonalDetailsUpdate& update,
                                    const PasswordPolicy& policy) {
  if (nothing_to_change(update)) {
    throw usage_error("details update: nothing to change; give at least one of its options");
  }
  if (auto problem = details_problem(update, pc.lang)) throw action_error(*problem);
  // Hashing takes a while (argon2id); do it before taking the write lock.
  const std::optional<std::string> hash =
      update.password ? std::optional(identity::hash_password(*update.password, policy.kdf)) : std::nullopt;

  store::Transaction tx(pc.db);
  std::vector<Assignment> users, addresses;
  std::string changed;  // the audit row's detail: which fields, never their values
  for (const DetailField& f : kDetailFields) {
    const std::optional<std::string>& given = update.*f.value;
    if (!given || f.table == FieldTable::none) continue;
    changed += changed.empty() ? "" : " ";
    changed += f.param;
    Assignment a{f.column, false, {}, std::nullopt};
    if (f.kind == FieldKind::country) {
      a.is_id = true;
      a.id = resolve_country(pc.db, f, stored_value(f, *given), pc.lang);
    } else if (f.kind == FieldKind::password) {
      a.text = *hash;
    } else {
      a.text = stored_value(f, *given);
    }
    (f.table == FieldTable::users ? users : addresses).push_back(std::move(a));
  }
  // Every value is valid from here on: write.
  store::update_user_details(pc.db, store::DetailsTable::users, users, pc.user.id);
  if (!addresses.empty()) {
    store::ensure_own_address(pc.db, pc.user.id);
    store::update_user_details(pc.db, store::DetailsTable::own_address, addresses, pc.user.id);
  }
  // Ends the user's other sessions: all but the caller's, if given.
  if (hash) {
    const std::optional<std::string>& keep = policy.session_token_in_use;
    store::delete_other_sessions(pc.db, pc.user.id,
                                 keep ? std::optional(identity::session_token_hash(*keep)) : std::nullopt);
  }
  tx.audit({.target_type = "user", .target_id = pc.user.id, .data = changed});
  tx.commit();
  return std::string(msg::kDetailsChanged);
}

}  // namespace kolmi::actions
