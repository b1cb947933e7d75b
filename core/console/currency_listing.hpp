#pragma once
// kolmi admin currency list as a tree for the output contract:
// <currencies><currency>..., one row each in the row formats; and the result
// record of a currency change, <ROOT><result>code, message</result>.
#include <string_view>
#include <vector>

#include "core/output/tree_writer.hpp"
#include "core/store/currency_admin.hpp"

namespace kolmi::console {

void write_currency_list(output::TreeWriter& w, const std::vector<store::CurrencyUse>& currencies);

void write_currency_result(output::TreeWriter& w, std::string_view root, std::string_view code,
                           std::string_view message);

}  // namespace kolmi::console
