#pragma once
// Operators' listings (kolmi admin user list, admin device list) as trees
// for the output contract: <users><user>...</user></users>, one row per
// item in the row formats; a table for a person at a terminal, TSV for a
// script by default (cli decides).
#include <vector>

#include "core/admin/accounts.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::admin {

void write_user_list(output::TreeWriter& w, const std::vector<UserRow>& users);
void write_device_list(output::TreeWriter& w, const std::vector<DeviceRow>& devices);

}  // namespace kolmi::admin
