#include "core/console/callback_listing.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/period.hpp"
#include "core/store/users.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

namespace {

constexpr std::string_view kCallbackColumns[] = {"id",  "time", "user_id", "user",   "device_id", "device",
                                                 "src", "dst",  "status",  "reason", "call_file"};

}  // namespace

CallbackSearch callback_search(store::Database& db, const CallbackListRequest& r, const Clock& clock) {
  if (!is_known_time_zone(r.time_zone))
    throw usage_error(fmt::format("--tz: unknown time zone '{}'", text::shown(r.time_zone)));
  CallbackSearch search;
  if (r.status) {
    if (std::find(std::begin(kCallbackStatuses), std::end(kCallbackStatuses), *r.status) ==
        std::end(kCallbackStatuses)) {
      throw usage_error(
          fmt::format("--status: '{}' is not one of queued, written, failed", text::shown(*r.status)));
    }
    search.status = *r.status;
    search.filter.stored_status = *r.status == "failed" ? "failed" : "queued";
  }
  const TimeZone zone(r.time_zone);
  pages::resolve_open_period({r.from, r.till, r.period}, zone, clock, search.filter.from, search.filter.till);
  if (r.user) {
    auto user = store::find_user(db, *r.user);
    if (!user) throw not_found_error(fmt::format("--user: no such user: {}", text::shown(*r.user)));
    search.filter.user_id = user->id;
  }
  return search;
}

void write_callback_list(output::TreeWriter& w, store::Database& db, const CallbackSearch& search,
                         const SpoolCheck& in_spool) {
  w.begin("callbacks");
  w.open_repeated("callback", kCallbackColumns);
  std::string path;
  store::for_each_callback(db, search.filter, [&](const store::CallbackRow& c) {
    std::string_view status = "failed";
    if (c.status != "failed") {
      path.assign(c.call_file);
      status = in_spool(path) ? "queued" : "written";
    }
    if (search.status && *search.status != status) return;
    w.open_item();
    w.integer("id", c.id);
    w.text("time", c.created_at);
    w.integer("user_id", c.user_id);
    w.text("user", c.login);
    w.integer("device_id", c.device_id);
    w.text("device", c.device_name);
    w.text("src", c.src);
    w.text("dst", c.dst);
    w.text("status", status);
    w.text("reason", c.reason);
    w.text("call_file", c.call_file);
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::console
