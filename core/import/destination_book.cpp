#include "core/import/destination_book.hpp"

#include "core/import/country_names.hpp"

namespace kolmi::import {

namespace {

std::string group_key(std::string_view name, std::string_view desttype) {
  std::string key(name);
  key += '\n';  // unambiguous: a desttype never holds a line break
  key += desttype;
  return key;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

DestinationBook::DestinationBook(store::Database& db)
    : db_(db),
      add_group_(db.prepare("INSERT INTO destinationgroups (name, desttype, flag) VALUES (?, ?, ?)")),
      add_direction_(db.prepare("INSERT INTO directions (name, code) VALUES (?, ?)")),
      add_destination_(
          db.prepare("INSERT INTO destinations (prefix, direction_code, subcode, name, destinationgroup_id) "
                     "VALUES (?, ?, ?, ?, ?)")),
      update_destination_(db.prepare(
          "UPDATE destinations SET direction_code = ?, subcode = ?, name = ?, destinationgroup_id = ? "
          "WHERE id = ?")) {
  {
    store::Statement s = db.prepare("SELECT name, code FROM directions ORDER BY id");
    while (s.step()) {
      countries_.add_direction(s.text(0), s.text(1));
      direction_names_.try_emplace(s.str(1), s.str(0));
    }
  }
  {
    store::Statement s = db.prepare("SELECT id, name, desttype FROM destinationgroups ORDER BY id");
    while (s.step()) groups_.try_emplace(group_key(s.text(1), s.text(2)), s.int64(0));
  }
  store::Statement s =
      db.prepare("SELECT id, prefix, name, subcode, direction_code, destinationgroup_id FROM destinations");
  while (s.step()) {
    by_prefix_.emplace(s.str(1), StoredDestination{s.int64(0), s.str(2), s.str(3), s.str(4), s.opt_int64(5)});
  }
}

DestinationBook::Derived DestinationBook::derive(
    const DeckRow& row, const std::unordered_map<std::string, std::string>& deck_codes) const {
  Derived d;
  d.subcode = row.subcode.empty() ? derive_subcode(row.name) : row.subcode;
  if (auto named = deck_codes.find(row.prefix); named != deck_codes.end()) {
    d.code = named->second;  // the row's own name gives it
  } else if (auto own = by_prefix_.find(row.prefix);
             own != by_prefix_.end() && !own->second.direction_code.empty()) {
    d.code = own->second.direction_code;
  } else {
    // The longest shorter prefix with a country: the file's first, then the database's.
    std::string shorter = row.prefix;
    while (d.code.empty() && shorter.size() > 1) {
      shorter.pop_back();
      if (auto f = deck_codes.find(shorter); f != deck_codes.end()) {
        d.code = f->second;
      } else if (auto s = by_prefix_.find(shorter); s != by_prefix_.end()) {
        d.code = s->second.direction_code;
      }
    }
  }
  if (!row.group.empty()) {
    d.group_name = row.group;
  } else if (!d.code.empty()) {
    auto stored = direction_names_.find(d.code);
    if (stored != direction_names_.end()) {
      d.group_name = stored->second;
    } else {
      d.group_name = std::string(builtin_country_name(d.code).value_or(d.code));
    }
  } else {
    d.group_name = first_word(row.name);
  }
  return d;
}

void DestinationBook::ensure_direction(const std::string& code, DestinationCounts& counts) {
  if (code.empty() || direction_names_.count(code)) return;
  auto name = builtin_country_name(code);
  if (!name) return;  // a code kept from the database, not one of ours to name
  add_direction_.bind_all(*name, code).run();
  direction_names_.emplace(code, std::string(*name));
  ++counts.countries_added;
}

std::int64_t DestinationBook::group_id(const Derived& d, DestinationCounts& counts) {
  auto [it, fresh] = groups_.try_emplace(group_key(d.group_name, d.subcode), 0);
  if (!fresh) return it->second;
  // A country's group shows its flag, named like MOR's (lower-case code).
  const std::string flag = d.code.empty() ? std::string() : lower(d.code) + ".png";
  add_group_.bind_all(d.group_name, d.subcode, flag).run();
  it->second = db_.last_insert_rowid();
  ++counts.groups_added;
  return it->second;
}

void DestinationBook::apply(const Deck& deck, DestinationCounts& counts) {
  // Countries the rows' own names give, for rows whose names give none.
  std::unordered_map<std::string, std::string> deck_codes;
  for (const DeckRow& row : deck.rows) {
    if (auto code = countries_.country_of(row.name)) deck_codes.emplace(row.prefix, std::move(*code));
  }
  for (const DeckRow& row : deck.rows) {
    const Derived d = derive(row, deck_codes);
    ensure_direction(d.code, counts);
    const std::int64_t group = group_id(d, counts);
    auto existing = by_prefix_.find(row.prefix);
    if (existing == by_prefix_.end()) {
      add_destination_.bind_all(row.prefix, d.code, d.subcode, row.name, group).run();
      by_prefix_.emplace(row.prefix,
                         StoredDestination{db_.last_insert_rowid(), row.name, d.subcode, d.code, group});
      ++counts.added;
      continue;
    }
    StoredDestination& s = existing->second;
    if (s.name == row.name && s.subcode == d.subcode && s.direction_code == d.code && s.group_id == group) {
      ++counts.unchanged;
      continue;
    }
    update_destination_.bind_all(d.code, d.subcode, row.name, group, s.id).run();
    s.name = row.name;
    s.subcode = d.subcode;
    s.direction_code = d.code;
    s.group_id = group;
    ++counts.updated;
  }
}

}  // namespace kolmi::import
