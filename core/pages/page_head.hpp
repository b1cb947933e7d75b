#pragma once
// The parts pages share, written once: the head every page starts with
// (root element, page name, language, then error_msg and userid where the
// spec's example has them), the languages offered and the period in effect.
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/output/tree_writer.hpp"
#include "core/pages/i18n.hpp"
#include "core/pages/period.hpp"

namespace kolmi::pages {

struct PageHead {
  std::string_view pagename;             // English; shown in `lang`
  Lang lang = Lang::en;
  bool error_msg = false;                // an empty <error_msg>, as the list pages have
  std::optional<std::int64_t> user_id{};  // <userid>
};

// <page><pagename/><language/>[<error_msg/>][<userid/>]: the order of every
// example but the main page's.
void write_page_head(output::TreeWriter& w, const PageHead& head);

// <aval_languages><language>en</language>...</aval_languages>
void write_available_languages(output::TreeWriter& w);

// <period><period_start/><period_end/></period>, as the calls, missed calls
// and faxes pages show the period in effect.
void write_period(output::TreeWriter& w, const Period& period);

}  // namespace kolmi::pages
