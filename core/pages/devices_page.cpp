#include "core/pages/devices_page.hpp"

#include <fmt/format.h>

#include "core/pages/account_common.hpp"
#include "core/pages/page_head.hpp"
#include "core/store/account_lists.hpp"

namespace kolmi::pages {

namespace {
constexpr std::string_view kDeviceColumns[] = {"acc",      "description", "type", "extension",
                                               "username", "password",    "cid",  "last_time_registered"};
constexpr std::string_view kCliColumns[] = {"cli_id", "device", "device_icon", "cli_name", "cli_desc", "added_at"};

// regseconds on the user's wall clock. 0 means never registered; negative
// and absurdly large values (past year 9999) are shown as never too,
// rather than as a made-up date.
std::string registration_time(const PageContext& pc, std::int64_t regseconds) {
  constexpr std::int64_t kYear9999End = 253'402'300'799;
  if (regseconds <= 0 || regseconds > kYear9999End) return {};
  return pc.zone.format_local(Seconds{std::chrono::seconds{regseconds}});
}
}  // namespace

DevicesPage load_devices_page(const PageContext& pc) {
  DevicesPage p;
  p.user_id = pc.user.id;
  for (store::Device& d : store::user_devices(pc.db, pc.user.id)) {
    std::string when = registration_time(pc, d.regseconds);
    p.devices.push_back(DeviceItem{std::move(d), std::move(when)});
  }
  return p;
}

void write_devices_page(output::TreeWriter& w, const PageContext& pc, const DevicesPage& p) {
  write_page_head(w, {.pagename = "Devices", .lang = pc.lang, .user_id = p.user_id});
  w.open_list("devices", "device", kDeviceColumns);
  for (const DeviceItem& item : p.devices) {
    const store::Device& d = item.device;
    w.open_item();
    w.integer("acc", d.id);
    w.text("description", d.description);
    w.text("type", d.device_type);
    w.text("extension", d.extension);
    w.text("username", d.name);
    w.text("password", d.secret);
    w.text("cid", d.callerid);
    w.text("last_time_registered", item.last_registered);
    w.close();
  }
  w.finish();
}

std::string_view device_icon(std::string_view device_type) {
  return device_type == "FAX" ? "fax.png" : "phone.png";
}

void write_clis_page(output::TreeWriter& w, const PageContext& pc) {
  write_page_head(w, {.pagename = "CallerIDs", .lang = pc.lang, .user_id = pc.user.id});
  w.open_list("aval_devices", "device");
  for (const store::Device& d : store::user_devices(pc.db, pc.user.id)) w.labelled("device", "id", d.id, d.label());
  w.close();
  w.open_list("clis", "cli", kCliColumns);
  store::for_each_cli(pc.db, pc.user.id, [&](const store::CallerId& c) {
    w.open_item();
    w.integer("cli_id", c.id);
    w.text("device", c.device);
    w.text("device_icon", device_icon(c.device_type));
    w.text("cli_name", c.cli);
    w.text("cli_desc", c.description);
    w.text("added_at", shown_time(pc, c.added_at));
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::pages
