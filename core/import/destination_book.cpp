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

DestinationBook::DestinationBook(store::Database& db) : writer_(db) {
  store::for_each_direction(db, [this](std::string_view name, std::string_view code) {
    countries_.add_direction(name, code);
    direction_names_.try_emplace(std::string(code), std::string(name));
  });
  store::for_each_destination_group(
      db, [this](std::int64_t id, std::string_view name, std::string_view desttype) {
        groups_.try_emplace(group_key(name, desttype), id);
      });
  store::for_each_destination_entry(db, [this](const store::DestinationEntry& d) {
    by_prefix_.emplace(std::string(d.prefix),
                       StoredDestination{d.id, std::string(d.name), std::string(d.subcode),
                                         std::string(d.direction_code), d.group_id});
  });
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
  writer_.add_direction(*name, code);
  direction_names_.emplace(code, std::string(*name));
  ++counts.countries_added;
}

std::int64_t DestinationBook::group_id(const Derived& d, DestinationCounts& counts) {
  auto [it, fresh] = groups_.try_emplace(group_key(d.group_name, d.subcode), 0);
  if (!fresh) return it->second;
  // A country's group shows its flag, named like MOR's (lower-case code).
  const std::string flag = d.code.empty() ? std::string() : lower(d.code) + ".png";
  it->second = writer_.add_group(d.group_name, d.subcode, flag);
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
      const std::int64_t id = writer_.add_destination(row.prefix, d.code, d.subcode, row.name, group);
      by_prefix_.emplace(row.prefix, StoredDestination{id, row.name, d.subcode, d.code, group});
      ++counts.added;
      continue;
    }
    StoredDestination& s = existing->second;
    if (s.name == row.name && s.subcode == d.subcode && s.direction_code == d.code && s.group_id == group) {
      ++counts.unchanged;
      continue;
    }
    writer_.update_destination(s.id, d.code, d.subcode, row.name, group);
    s.name = row.name;
    s.subcode = d.subcode;
    s.direction_code = d.code;
    s.group_id = group;
    ++counts.updated;
  }
}

}  // namespace kolmi::import
