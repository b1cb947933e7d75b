#include "core/console/settings_listing.hpp"

namespace kolmi::console {

namespace {
constexpr std::string_view kListColumns[] = {"key", "value", "set", "default", "meaning"};
constexpr std::string_view kGetColumns[] = {"key", "value", "set", "default", "type", "allowed", "meaning"};
constexpr std::string_view kResultColumns[] = {"key", "value", "set", "message"};

void common(output::TreeWriter& w, const SettingState& s) {
  w.text("key", s.spec->name);
  w.text("value", s.value);
  w.text("set", s.stored ? "yes" : "no");
}
}  // namespace

void write_settings_list(output::TreeWriter& w, const std::vector<SettingState>& settings) {
  w.begin("settings");
  w.open_repeated("setting", kListColumns);
  for (const SettingState& s : settings) {
    w.open_item();
    common(w, s);
    w.text("default", s.spec->default_value);
    w.text("meaning", s.spec->meaning);
    w.close();
  }
  w.finish();
}

void write_setting(output::TreeWriter& w, const SettingState& s) {
  w.begin("config");
  w.open_record("setting", kGetColumns);
  common(w, s);
  w.text("default", s.spec->default_value);
  w.text("type", store::type_name(s.spec->type));
  w.text("allowed", s.spec->fixed_reason.empty() ? store::allowed_values(*s.spec) : "set by kolmi only");
  w.text("meaning", s.spec->meaning);
  w.finish();
}

void write_setting_result(output::TreeWriter& w, std::string_view root, const SettingState& s,
                          std::string_view message) {
  w.begin(root);
  w.open_record("result", kResultColumns);
  common(w, s);
  w.text("message", message);
  w.finish();
}

}  // namespace kolmi::console
