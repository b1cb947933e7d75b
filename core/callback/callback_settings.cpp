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

void read_text(store::Database& db, std::string_view name, std::string& out) {
  if (auto v = get_confline(db, name)) out = std::move(*v);
}

void read_int(store::Database& db, std::string_view name, int minimum, int& out) {
  auto v = get_confline(db, name);
  if (!v) return;
  int n = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || p != v->data() + v->size() || n < minimum)
    bad_setting(name, *v, fmt::format("a whole number of at least {}", minimum));
  out = n;
}

void read_mode(store::Database& db, std::string_view name, unsigned& out) {
  auto v = get_confline(db, name);
  if (!v) return;
  unsigned n = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n, 8);
  if (v->empty() || ec != std::errc() || p != v->data() + v->size() || n > 0777)
    bad_setting(name, *v, "an octal file mode such as 0660");
  out = n;
}

void read_yes_no(store::Database& db, std::string_view name, bool& out) {
  auto v = get_confline(db, name);
  if (!v) return;
  std::string lower = *v;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "yes" || lower == "true" || lower == "1") {
    out = true;
  } else if (lower == "no" || lower == "false" || lower == "0") {
    out = false;
  } else {
    bad_setting(name, *v, "yes or no");
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
  read_int(db, conf::kCallbackPriority, 1, s.priority);
  read_text(db, conf::kCallbackApplication, s.application);
  read_text(db, conf::kCallbackData, s.data);
  read_text(db, conf::kCallbackAccount, s.account);
  read_int(db, conf::kCallbackMaxRetries, 0, s.max_retries);
  read_int(db, conf::kCallbackRetryTime, 1, s.retry_time);
  read_int(db, conf::kCallbackWaitTime, 1, s.wait_time);
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
  file.channel = expand_template(conf::kCallbackChannel, s.channel, f);
  file.callerid = expand_template(conf::kCallbackCallerId, s.callerid, f);
  file.max_retries = s.max_retries;
  file.retry_time = s.retry_time;
  file.wait_time = s.wait_time;
  if (s.application.empty()) {
    file.context = expand_template(conf::kCallbackContext, s.context, f);
    file.extension = f.dst;
    file.priority = s.priority;
  } else {
    file.application = expand_template(conf::kCallbackApplication, s.application, f);
    file.data = expand_template(conf::kCallbackData, s.data, f);
  }
  file.account = expand_template(conf::kCallbackAccount, s.account, f);
  file.variables = {{"KOLMI_CALLBACK_ID", std::to_string(f.callback_id)},
                    {"KOLMI_USER_ID", std::to_string(f.user_id)},
                    {"KOLMI_DEVICE_ID", std::to_string(f.device.id)},
                    {"KOLMI_CALLBACK_SRC", f.src},
                    {"KOLMI_CALLBACK_DST", f.dst}};
  file.archive = s.archive;
  return file;
}

}  // namespace kolmi::callback
