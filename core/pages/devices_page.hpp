#pragma once
// The devices page (examples/devices.xml) and the CallerIDs page
// (examples/clis.xml): both show only the asking user's devices.
#include <cstdint>
#include <string>
#include <vector>

#include "core/pages/i18n.hpp"
#include "core/pages/page_context.hpp"
#include "core/store/devices.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

struct DeviceItem {
  store::Device device;
  std::string last_registered;  // local time of regseconds; "" when never registered
};

struct DevicesPage {
  std::int64_t user_id = 0;
  std::vector<DeviceItem> devices;  // by id
};

// Throws Error(storage).
DevicesPage load_devices_page(const PageContext& pc);
// The device's secret is shown as <password>, as the example does: it is the
// user's own device and their phone needs it.
void write_devices_page(output::TreeWriter& w, const PageContext& pc, const DevicesPage& page);

// The icon of a device on the CallerIDs page: fax.png for FAX devices,
// phone.png for every other type.
std::string_view device_icon(std::string_view device_type);

// The CallerIDs page: <aval_devices> (each device as id="ID" and TYPE/NAME),
// then the CLIs of the user's devices, streamed as they are read.
void write_clis_page(output::TreeWriter& w, const PageContext& pc);

}  // namespace kolmi::pages
