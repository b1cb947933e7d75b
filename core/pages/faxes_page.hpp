#pragma once
// The faxes page (examples/faxes.xml) with <fax_id> first in each fax (spec
// decision 4): faxes received by the user's devices in a period (default
// today in the user's zone, decision 11), filtered by status and device.
// Deleted faxes (pdffaxes.deleted = 1) are never listed.
#include <optional>
#include <string>
#include <string_view>

#include "core/pages/i18n.hpp"
#include "core/pages/page_context.hpp"
#include "core/pages/period.hpp"
#include "core/store/account_lists.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

// The --status words and the stored pdffaxes.status codes they select:
//   received  good                    shown "Received"
//   no_image  no_tif                  shown "No image" (no TIFF image came)
//   empty     pdf_size_0, tif_size_0  shown "Empty" (the image or its PDF is empty)
//   all       every status, also codes kolmi does not know (shown as stored)
inline constexpr std::string_view kFaxStatusWords[] = {"all", "received", "no_image", "empty"};

// The word shown for a stored status in `lang`; a code kolmi does not know
// is shown as stored.
std::string_view fax_status_text(Lang lang, std::string_view stored);

struct FaxesOptions {
  std::optional<std::string> from;  // --from, local
  std::optional<std::string> till;  // --till, local
  std::optional<std::string> period;  // --period, instead of --from/--till
  std::string status = "all";       // one of kFaxStatusWords
  std::string device = "all";       // "all" or a device id
};

struct FaxesQuery {
  Period period;
  std::string show_device;  // "all" or the device id
  store::FaxFilter filter;
};

// Checks the options before anything is written. Throws Error(usage) naming
// the option for a malformed period, status or device id, and
// Error(not_found) "no such device of yours: ID" for a device that is
// missing or another user's (the two look the same).
FaxesQuery load_faxes_page(const PageContext& pc, const FaxesOptions& options);

void write_faxes_page(output::TreeWriter& w, const PageContext& pc, const FaxesQuery& query);

}  // namespace kolmi::pages
