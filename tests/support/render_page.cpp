#include "tests/support/render_page.hpp"

#include <catch2/catch.hpp>

#include "core/output/tree_writers.hpp"

namespace kolmi::test {

std::string render(store::Database& db, const Clock& clock, std::int64_t user_id, const PageProducer& produce,
                   output::Format format, pages::Lang lang) {
  std::string out;
  as_user(
      db, clock, user_id,
      [&](pages::PageContext& pc) {
        auto writer = output::make_tree_writer(format, [&](std::string_view chunk) { out += chunk; });
        produce(pc, *writer);
        return 0;
      },
      lang);
  return out;
}

}  // namespace kolmi::test
