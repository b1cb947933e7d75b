#include "core/console/copy_report.hpp"

namespace kolmi::console {

namespace {
constexpr std::string_view kCopyColumns[] = {"table", "rows"};
}  // namespace

void write_copy_report(output::TreeWriter& w, const std::vector<store::TableCopy>& tables) {
  w.begin("copy");
  w.open_repeated("table", kCopyColumns);
  for (const store::TableCopy& t : tables) {
    w.open_item();
    w.text("table", t.table);
    w.integer("rows", t.rows);
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::console
