#pragma once
// kolmi admin config list and get as trees for the output contract:
// <settings><setting>..., one row each in the row formats (list), and
// <setting> as one record with its type and allowed values (get); the
// result record of set and unset, <ROOT><result>key, value, message.
#include <string_view>
#include <vector>

#include "core/console/settings_changes.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::console {

void write_settings_list(output::TreeWriter& w, const std::vector<SettingState>& settings);
void write_setting(output::TreeWriter& w, const SettingState& setting);
void write_setting_result(output::TreeWriter& w, std::string_view root, const SettingState& setting,
                          std::string_view message);

}  // namespace kolmi::console
