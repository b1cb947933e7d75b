#pragma once
// The personal details page (examples/details.xml): the account and its
// finances, the person and their agreement and tax data, and the
// registration address.
#include <cstdint>
#include <string>

#include "core/pages/i18n.hpp"
#include "core/pages/main_page.hpp"
#include "core/pages/page_context.hpp"
#include "core/store/addresses.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

struct DetailsPage {
  std::int64_t user_id = 0;
  // The extension of the user's first device (lowest id): MOR's alias is the
  // number the user is reached at. Empty when the user has no device.
  std::string alias;
  Finances finances;
  std::string first_name;  // other_details/username (spec decision 5)
  std::string last_name;   // surname
  std::string personalid;  // users.clientid
  std::string agreement_number;
  std::string agreement_date;    // YYYY-MM-DD, or "" when unset or malformed
  std::string taxation_country;  // directions.name
  std::string vat_reg_number;    // users.vat_number
  std::string vat_percent;       // one decimal: "18.0"
  store::Address address;        // every field empty when the user has none
  std::string reg_direction;     // directions.name of address.direction_id
};

// Reads what the page shows for pc.user. Throws Error(storage).
DetailsPage load_details_page(const PageContext& pc);
void write_details_page(output::TreeWriter& w, const PageContext& pc, const DetailsPage& page);

}  // namespace kolmi::pages
