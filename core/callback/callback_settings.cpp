#include "core/callback/callback_settings.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::callback {

namespace {

using store::get_confline;

[[noreturn]] void bad_setting(std::string_view name, std::string_view value, std::string_view expected) {
  std::string shown(value);  // one line, whatever the setting holds
  for (char& c : shown)
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  throw action_error(fmt::format("setting {} is '{}', not {}", name, text::shown(shown), expected));
}

// Each reader leaves `out` (the default) alone when the line is absent, and
// checks a present value against the settings catalog first.
std::optional<std::string> checked(store::Database& db, store::Setting setting) {
  auto v = get_confline(db, setting);
  const store::SettingSpec& spec = store::spec_of(setting);
  if (v && spec.type != store::SettingType::text && spec.type != store::SettingType::path &&
      !store::setting_value_ok(spec, *v)) {
    bad_setting(spec.name, *v, store::allowed_values(spec));
  }
  return v;
}

void read_text(store::Database& db, store::Setting setting, std::string& out) {
  if (auto v = get_confline(db, setting)) out = std::move(*v);
}

void read_int(store::Database& db, store::Setting setting, int& out) {
  if (auto v = checked(db, setting)) std::from_chars(v->data(), v->data() + v->size(), out);
}

void read_mode(store::Database& db, store::Setting setting, unsigned& out) {
  if (auto v = checked(db, setting)) std::from_chars(v->data(), v->data() + v->size(), out, 8);
}

void read_yes_no(store::Database& db, store::Setting setting, bool& out) {
  auto v = checked(db, setting);
  if (!v) return;
  std::string lower = *v;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "yes" || lower == "true" || lower == "1") {
    out = true;
  } else {
    out = false;  // "0"; checked() refused anything else
  }
}

std::optional<std::string> fact(std::string_view name, const CallbackFacts& f) {
  if (name == "src") return f.src;
  if (name == "dst") return f.dst;
  if (name == "callback_id") return std::to_string(f.callback_id);
  if (name == "user_id") return std::to_string(f.user_id);
  if (name == "device_id") return std::to_string(f.device.id);
  if (name == "device_type") return f.device.device_type;
  if (name == "device_name") return f.device.name;
  if (name == "device_extension") return f.device.extension;
  if (name == "device_callerid") return f.device.callerid;
  if (name == "device_accountcode") return f.device.accountcode;
  return std::nullopt;
}

}  // namespace

CallbackSettings load_callback_settings(store::Database& db) {
  namespace conf = store::conf;
  CallbackSettings s;
  read_text(db, conf::kCallbackSpoolDir, s.spool_dir);
  read_text(db, conf::kCallbackTempDir, s.temp_dir);
  read_mode(db, conf::kCallbackFileMode, s.file_mode);
  read_text(db, conf::kCallbackChannel, s.channel);
  read_text(db, conf::kCallbackCallerId, s.callerid);
  read_text(db, conf::kCallbackContext, s.context);
  read_int(db, conf::kCallbackPriority, s.priority);
  read_text(db, conf::kCallbackApplication, s.application);
  read_text(db, conf::kCallbackData, s.data);
  read_text(db, conf::kCallbackAccount, s.account);
  read_int(db, conf::kCallbackMaxRetries, s.max_retries);
  read_int(db, conf::kCallbackRetryTime, s.retry_time);
  read_int(db, conf::kCallbackWaitTime, s.wait_time);
  read_yes_no(db, conf::kCallbackArchive, s.archive);
  return s;
}

std::string expand_template(std::string_view setting, std::string_view text, const CallbackFacts& facts) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('{', i);
    out.append(text.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i));
    if (open == std::string_view::npos) break;
    std::size_t close = text.find('}', open);
    if (close == std::string_view::npos)
      throw action_error(fmt::format("setting {}: '{{' without '}}'", setting));
    std::string_view name = text.substr(open + 1, close - open - 1);
    auto value = fact(name, facts);
    if (!value)
      throw action_error(fmt::format("setting {}: unknown placeholder {{{}}}", setting, text::shown(name)));
    out += *value;
    i = close + 1;
  }
  return out;
}

CallFile make_call_file(const CallbackSettings& s, const CallbackFacts& f) {
  namespace conf = store::conf;
  CallFile file;
  file.comments.push_back(fmt::format("kolmi callback {}: user {}, device {}, {} UTC", f.callback_id,
                                      f.user_id, f.device.id, f.created_at));
  file.channel = expand_template(store::setting_name(conf::kCallbackChannel), s.channel, f);
  file.callerid = expand_template(store::setting_name(conf::kCallbackCallerId), s.callerid, f);
  file.max_retries = s.max_retries;
  file.retry_time = s.retry_time;
  file.wait_time = s.wait_time;
  if (s.application.empty()) {
    file.context = expand_template(store::setting_name(conf::kCallbackContext), s.context, f);
    file.extension = f.dst;
    file.priority = s.priority;
  } else {
    file.application = expand_template(store::setting_name(conf::kCallbackApplication), s.application, f);
    file.data = expand_template(store::setting_name(conf::kCallbackData), s.data, f);
  }
  file.account = expand_template(store::setting_name(conf::kCallbackAccount), s.account, f);
  file.variables = {{"KOLMI_CALLBACK_ID", std::to_string(f.callback_id)},
                    {"KOLMI_USER_ID", std::to_string(f.user_id)},
                    {"KOLMI_DEVICE_ID", std::to_string(f.device.id)},
                    {"KOLMI_CALLBACK_SRC", f.src},
                    {"KOLMI_CALLBACK_DST", f.dst}};
  file.archive = s.archive;
  return file;
}

}  // namespace kolmi::callback
