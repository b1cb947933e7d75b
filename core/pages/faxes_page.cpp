#include "core/pages/faxes_page.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/page_head.hpp"
#include "core/store/devices.hpp"
#include "core/text/id_number.hpp"

namespace kolmi::pages {

namespace {

constexpr std::string_view kFaxColumns[] = {"fax_id", "device", "filename", "receive_time", "sender", "status"};

struct StatusCode {
  std::string_view stored;
  std::string_view word;  // the --status word
  std::string_view text;  // shown, English
};
// MOR's fax converter records why a received fax has no document.
constexpr StatusCode kStatusCodes[] = {
    {"good", "received", "Received"},
    {"no_tif", "no_image", "No image"},
    {"pdf_size_0", "empty", "Empty"},
    {"tif_size_0", "empty", "Empty"},
};

std::vector<std::string> codes_of(std::string_view word) {
  if (std::find(std::begin(kFaxStatusWords), std::end(kFaxStatusWords), word) == std::end(kFaxStatusWords)) {
    throw usage_error(fmt::format("--status: '{}' is not one of all, received, no_image, empty", word));
  }
  std::vector<std::string> codes;
  for (const StatusCode& c : kStatusCodes) {
    if (c.word == word) codes.emplace_back(c.stored);
  }
  return codes;  // empty for "all": any status
}

std::optional<std::int64_t> device_of(const PageContext& pc, std::string_view text) {
  if (text == "all") return std::nullopt;
  const auto id = kolmi::text::parse_id(text);
  if (!id) throw usage_error(fmt::format("--device: {}", kolmi::text::not_an_id(text, true)));
  if (!store::find_user_device(pc.db, pc.user.id, *id)) {
    throw not_found_error(fmt::format("no such device of yours: {}", *id));
  }
  return id;
}

}  // namespace

std::string_view fax_status_text(Lang lang, std::string_view stored) {
  for (const StatusCode& c : kStatusCodes) {
    if (c.stored == stored) return tr(lang, c.text);
  }
  return stored;
}

FaxesQuery load_faxes_page(const PageContext& pc, const FaxesOptions& o) {
  FaxesQuery q;
  q.period = resolve_period({o.from, o.till, o.period}, pc.zone, pc.clock, DefaultPeriod::today);
  q.filter.from = q.period.from;
  q.filter.till = q.period.till;
  q.filter.statuses = codes_of(o.status);
  q.filter.device_id = device_of(pc, o.device);
  q.show_device = q.filter.device_id ? std::to_string(*q.filter.device_id) : std::string("all");
  return q;
}

void write_faxes_page(output::TreeWriter& w, const PageContext& pc, const FaxesQuery& q) {
  write_page_head(w, {.pagename = "Faxes", .lang = pc.lang, .error_msg = true, .user_id = pc.user.id});
  w.text("show_device", q.show_device);
  w.text("username", pc.user.full_name());
  write_available_languages(w);
  w.open("faxes");
  write_period(w, q.period);
  w.open_repeated("fax", kFaxColumns);
  store::for_each_fax(pc.db, pc.user.id, q.filter, [&](const store::Fax& f) {
    w.open_item();
    w.integer("fax_id", f.id);
    w.text("device", f.device);
    w.text("filename", f.filename);
    w.text("receive_time", pc.local_time(f.receive_time));
    w.text("sender", f.fax_sender);
    w.text("status", fax_status_text(pc.lang, f.status));
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::pages
