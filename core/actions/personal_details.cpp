#include "core/actions/personal_details.hpp"

#include <cstdint>
#include <vector>

#include "core/actions/value_checks.hpp"
#include "core/error.hpp"
#include "core/identity/session_store.hpp"
#include "core/store/user_accounts.hpp"

namespace kolmi::actions {

namespace {

// One column of a SET list and its bound value: text, or a direction id
// (nullopt stores NULL).
struct Assignment {
  std::string_view column;  // a fixed name from kDetailFields, never input
  bool is_id = false;
  std::string text;
  std::optional<std::int64_t> id;
};

// The directions row a country value names: its ISO 3166 alpha-3 code
// (any letter case) or its name (ASCII letter case ignored). "" clears the
// field (nullopt). Throws Error(action_failed) naming the option when no
// country, or more than one by that name, matches.
std::optional<std::int64_t> resolve_country(store::Database& db, const DetailField& f,
                                            const std::string& value, pages::Lang lang) {
  if (value.empty()) return std::nullopt;
  store::Statement by_code = db.prepare("SELECT id FROM directions WHERE code = upper(?)");
  by_code.bind(1, value);
  if (by_code.step()) return by_code.int64(0);
  store::Statement by_name =
      db.prepare("SELECT id FROM directions WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 2");
  by_name.bind(1, value);
  if (!by_name.step()) throw action_error(field_message(lang, msg::kUnknownCountry, f.option));
  const std::int64_t id = by_name.int64(0);
  if (by_name.step()) throw action_error(field_message(lang, msg::kAmbiguousCountry, f.option));
  return id;
}

// `UPDATE <table> SET a = ?, b = ? WHERE <where>` over the assignments, with
// `owner` bound last. The SQL text is made of fixed column names only.
void run_update(store::Database& db, std::string_view table, std::string_view where,
                const std::vector<Assignment>& set, std::int64_t owner) {
  if (set.empty()) return;
  std::string sql = "UPDATE ";
  sql += table;
  sql += " SET ";
  for (std::size_t i = 0; i < set.size(); ++i) {
    if (i > 0) sql += ", ";
    sql += set[i].column;
    sql += " = ?";
  }
  sql += " WHERE ";
  sql += where;
  store::Statement s = db.prepare(sql);
  int index = 0;
  for (const Assignment& a : set) {
    if (a.is_id) {
      s.bind(++index, a.id);
    } else {
      s.bind(++index, a.text);
    }
  }
  s.bind(++index, owner);
  s.run();
}

// Ends the user's sessions except `keep` (the caller's), if given.
void end_other_sessions(store::Database& db, std::int64_t user_id, const std::optional<std::string>& keep) {
  store::Statement s = db.prepare("DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?");
  s.bind(1, user_id);
  if (keep) {
    s.bind(2, identity::session_token_hash(*keep));
  } else {
    s.bind_null(2);
  }
  s.run();
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
  run_update(pc.db, "users", "id = ?", users, pc.user.id);
  if (!addresses.empty()) {
    store::ensure_own_address(pc.db, pc.user.id);
    // The address is the user's own: it is found through their row.
    run_update(pc.db, "addresses", "id = (SELECT address_id FROM users WHERE id = ?)", addresses, pc.user.id);
  }
  if (hash) end_other_sessions(pc.db, pc.user.id, policy.session_token_in_use);
  tx.audit({.target_type = "user", .target_id = pc.user.id, .data = changed});
  tx.commit();
  return std::string(msg::kDetailsChanged);
}

}  // namespace kolmi::actions
