#pragma once
// kolmi admin config list|get|set|unset over conflines (system-wide lines,
// owner_id 0), checked against the one settings catalog
// (store/settings_catalog.hpp). A name not in the catalog, or a value the
// entry does not accept, is a usage error (exit 2) naming what is allowed;
// settings that only kolmi may change (Default_Currency, Kolmi_Demo_Seed)
// are refused (exit 1) with the reason.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/database.hpp"
#include "core/store/settings_catalog.hpp"

namespace kolmi::console {

// One setting as the console shows it: the value in effect (the stored one,
// else the default) and whether it is stored.
struct SettingState {
  const store::SettingSpec* spec = nullptr;
  std::string value;
  bool stored = false;
};

// Every catalog entry, in catalog order.
std::vector<SettingState> load_settings(store::Database& db);
// One entry by its exact name. Throws Error(usage) for an unknown name
// ("did you mean ...?").
SettingState load_setting(store::Database& db, std::string_view name);

// Stores `value` for `name` in one transaction with its audit row (target
// "setting"). Throws Error(usage) for an unknown name or a value the entry
// does not accept, Error(action_failed) for a setting only kolmi changes.
// Returns a sentence for a person.
std::string set_setting(store::Database& db, std::string_view name, std::string_view value);
// Removes the stored line so the default applies again; nothing to remove
// changes nothing (no audit row). Throws as set_setting does.
std::string unset_setting(store::Database& db, std::string_view name);

}  // namespace kolmi::console
