#pragma once
// A page rendered for one user into a string, in any output format: the
// PageContext is built as the command line builds it (the user's zone,
// currency, language) on a given clock, and the page writes through the
// format's tree writer.
#include <cstdint>
#include <functional>
#include <string>
#include <utility>

#include "core/output/format.hpp"
#include "core/output/tree_writer.hpp"
#include "core/pages/i18n.hpp"
#include "core/pages/page_context.hpp"
#include "core/store/database.hpp"
#include "core/store/users.hpp"
#include "core/time/clock.hpp"
#include "tests/support/test_database.hpp"

namespace kolmi::test {

// What writes a page: usually a lambda calling load_X and write_X.
using PageProducer = std::function<void(pages::PageContext&, output::TreeWriter&)>;

// Runs `act(PageContext&)` as user `user_id` and returns what it returns
// (the test fails when there is no such user).
template <typename Act>
auto as_user(store::Database& db, const Clock& clock, std::int64_t user_id, Act&& act,
             pages::Lang lang = pages::Lang::en) {
  store::User u = find_user(db, user_id);
  pages::PageContext pc = pages::make_page_context(db, u, clock, lang);
  return std::forward<Act>(act)(pc);
}

// The page `produce` writes for user `user_id`, in `format`.
std::string render(store::Database& db, const Clock& clock, std::int64_t user_id, const PageProducer& produce,
                   output::Format format = output::Format::xml, pages::Lang lang = pages::Lang::en);

}  // namespace kolmi::test
