#include "core/callback/call_file.hpp"

#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::callback {

namespace {

// pbx_spool reads a line with fgets(buf, 256, f): 255 bytes with the newline.
constexpr std::size_t kMaxLine = 254;

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// Why `value` would not come back from pbx_spool as written, if it would not.
std::optional<std::string_view> value_problem(std::string_view value) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    auto c = static_cast<unsigned char>(value[i]);
    if (c < 0x20 || c == 0x7f) return "contains a control character";
    if (c == ';') return "contains ';', which starts a comment";
    // The value follows "Key: ", so a '#' at its start follows a blank too.
    if (c == '#' && (i == 0 || is_blank(value[i - 1])))
      return "contains '#' after a blank, which starts a comment";
  }
  if (!value.empty() && (is_blank(value.front()) || is_blank(value.back())))
    return "begins or ends with a blank, which Asterisk trims";
  return std::nullopt;
}

class Writer {
 public:
  void line(std::string_view key, std::string_view value) {
    if (value.empty()) fail(key, "is empty");
    if (auto problem = value_problem(value)) fail(key, *problem);
    std::string text = fmt::format("{}: {}", key, value);
    if (text.size() > kMaxLine) fail(key, fmt::format("is longer than {} characters", kMaxLine));
    out_ += text;
    out_ += '\n';
  }
  void optional_line(std::string_view key, std::string_view value) {
    if (!value.empty()) line(key, value);
  }
  void number(std::string_view key, int value, int minimum) {
    if (value < minimum) fail(key, fmt::format("is {}, less than {}", value, minimum));
    line(key, std::to_string(value));
  }
  void comment(std::string_view text) {
    for (char c : text) {
      auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7f) fail("#", "contains a control character");
    }
    std::string line = text.empty() ? "#" : fmt::format("# {}", text);
    if (line.size() > kMaxLine) fail("#", fmt::format("is longer than {} characters", kMaxLine));
    out_ += line;
    out_ += '\n';
  }
  std::string take() { return std::move(out_); }

  [[noreturn]] static void fail(std::string_view key, std::string_view problem) {
    throw action_error(fmt::format("call file line {}: {}", key, problem));
  }

 private:
  std::string out_;
};

bool is_variable_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string render_call_file(const CallFile& file) {
  Writer w;
  for (const auto& text : file.comments) w.comment(text);
  const std::string& ch = file.channel;
  if (!ch.empty() && (ch.find('/') == std::string::npos || ch.front() == '/' || ch.back() == '/'))
    Writer::fail("Channel", "is not Tech/Resource");
  w.line("Channel", file.channel);
  w.optional_line("CallerID", file.callerid);
  w.number("MaxRetries", file.max_retries, 0);
  w.number("RetryTime", file.retry_time, 1);
  w.number("WaitTime", file.wait_time, 1);
  if (file.application.empty()) {
    w.line("Context", file.context);
    w.line("Extension", file.extension);
    w.number("Priority", file.priority, 1);
  } else {
    w.line("Application", file.application);
    w.optional_line("Data", file.data);
  }
  w.optional_line("Account", file.account);
  for (const auto& [name, value] : file.variables) {
    if (!is_variable_name(name))
      Writer::fail("Setvar", "has a variable name other than letters, digits and _");
    // An empty value is allowed: "NAME=" sets the variable to "".
    if (auto problem = value_problem(value)) Writer::fail("Setvar", *problem);
    w.line("Setvar", fmt::format("{}={}", name, value));
  }
  w.line("Archive", file.archive ? "yes" : "no");
  return w.take();
}

}  // namespace kolmi::callback
