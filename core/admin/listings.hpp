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

// What an admin write did (user add, passwd, block, unblock; device add), as
// one record <ROOT><result>: the login it was about, the id it made or
// changed (0: not known, shown empty/null) and a sentence for a person.
void write_admin_result(output::TreeWriter& w, std::string_view root, std::string_view login, std::int64_t id,
                        std::string_view message);
void write_device_list(output::TreeWriter& w, const std::vector<DeviceRow>& devices);

}  // namespace kolmi::admin
