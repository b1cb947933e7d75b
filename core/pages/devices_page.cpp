#include "core/pages/devices_page.hpp"

#include <fmt/format.h>

#include "core/pages/account_common.hpp"
#include "core/store/account_lists.hpp"

namespace kolmi::pages {

namespace {
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

void write_devices_page(xml::XmlWriter& w, const DevicesPage& p, Lang lang) {
  write_page_head(w, "Devices", lang, p.user_id);
  w.open("devices");
  for (const DeviceItem& item : p.devices) {
    const store::Device& d = item.device;
    w.open("device");
    w.leaf("acc", d.id);
    w.leaf("description", d.description);
    w.leaf("type", d.device_type);
    w.leaf("extension", d.extension);
    w.leaf("username", d.name);
    w.leaf("password", d.secret);
    w.leaf("cid", d.callerid);
    w.leaf("last_time_registered", item.last_registered);
    w.close();
  }
  w.finish();
}

std::string_view device_icon(std::string_view device_type) {
  return device_type == "FAX" ? "fax.png" : "phone.png";
}

void write_clis_page(const PageContext& pc, xml::XmlWriter& w) {
  write_page_head(w, "CallerIDs", pc.lang, pc.user.id);
  w.open("aval_devices");
  for (const store::Device& d : store::user_devices(pc.db, pc.user.id)) {
    w.leaf_with_attribute("device", "id", fmt::format_int(d.id).c_str(), d.label());
  }
  w.close();
  w.open("clis");
  store::for_each_cli(pc.db, pc.user.id, [&](const store::CallerId& c) {
    w.open("cli");
    w.leaf("cli_id", c.id);
    w.leaf("device", c.device);
    w.leaf("device_icon", device_icon(c.device_type));
    w.leaf("cli_name", c.cli);
    w.leaf("cli_desc", c.description);
    w.leaf("added_at", shown_time(pc, c.added_at));
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::pages
