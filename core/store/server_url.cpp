#include "core/store/server_url.hpp"

#include <charconv>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::store {

namespace {

constexpr std::string_view kScheme = "mariadb://";

[[noreturn]] void bad(std::string_view why) {
  throw usage_error(fmt::format("--db: {} (expected mariadb://[USER@]HOST[:PORT]/DATABASE or "
                                "mariadb:///DATABASE?socket=PATH)",
                                why));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// %XX escapes decoded (a user or socket path with a reserved character).
std::string percent_decoded(std::string_view s, std::string_view what) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    const int hi = i + 2 < s.size() ? hex_digit(s[i + 1]) : -1;
    const int lo = i + 2 < s.size() ? hex_digit(s[i + 2]) : -1;
    if (hi < 0 || lo < 0) bad(fmt::format("a bad %-escape in the {}", what));
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

// MariaDB allows more in a quoted name; kolmi asks for a plain one, which
// needs no quoting anywhere (and is safe in kolmi's lock name).
bool plain_name(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    c == '$' || c == '-';
    if (!ok) return false;
  }
  return true;
}

void parse_options(std::string_view query, ServerAddress& a) {
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) bad(fmt::format("option '{}' has no value", pair));
    std::string_view key = pair.substr(0, eq);
    std::string_view value = pair.substr(eq + 1);
    if (key == "socket") {
      a.socket = percent_decoded(value, "socket path");
      if (a.socket.empty() || a.socket.front() != '/') bad("socket= needs an absolute path");
    } else if (key == "ssl") {
      if (value != "required") bad(fmt::format("ssl={} is not known (ssl=required is)", value));
      a.ssl_required = true;
    } else if (key == "password") {
      bad("a password is never taken from the URL; set KOLMI_DB_PASSWORD or use ~/.my.cnf");
    } else {
      bad(fmt::format("unknown option '{}' (socket= and ssl=required are known)", key));
    }
  }
}

}  // namespace

bool is_server_url(std::string_view text) { return text.substr(0, 8) == "mariadb:"; }

ServerAddress parse_server_url(std::string_view text) {
  if (text.substr(0, kScheme.size()) != kScheme) bad("a server URL starts with mariadb://");
  std::string_view rest = text.substr(kScheme.size());
  ServerAddress a;
  const std::size_t q = rest.find('?');
  if (q != std::string_view::npos) {
    parse_options(rest.substr(q + 1), a);
    rest = rest.substr(0, q);
  }
  const std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) bad("no database name");
  std::string_view authority = rest.substr(0, slash);
  std::string_view database = rest.substr(slash + 1);
  if (database.empty()) bad("no database name");
  if (!plain_name(database)) {
    bad(fmt::format("'{}' is not a database name kolmi uses (letters, digits, _, $ and -, at most 64)",
                    database));
  }
  a.database = std::string(database);

  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    std::string_view user = authority.substr(0, at);
    if (user.find(':') != std::string_view::npos) {
      bad("a password is never taken from the URL; set KOLMI_DB_PASSWORD or use ~/.my.cnf");
    }
    if (user.empty()) bad("an empty user name before '@'");
    a.user = percent_decoded(user, "user name");
    authority = authority.substr(at + 1);
  }
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {  // [IPv6]:port
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) bad("an IPv6 address without ']'");
    a.host = std::string(authority.substr(1, close - 1));
    std::string_view after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') bad("text after the IPv6 address");
      port = after.substr(1);
      if (port.empty()) bad("an empty port");
    }
  } else if (const std::size_t colon = authority.find(':'); colon != std::string_view::npos) {
    a.host = std::string(authority.substr(0, colon));
    port = authority.substr(colon + 1);
    if (port.empty()) bad("an empty port");
  } else {
    a.host = std::string(authority);
  }
  if (!port.empty()) {
    unsigned n = 0;
    auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), n);
    if (ec != std::errc{} || end != port.data() + port.size() || n == 0 || n > 65535) {
      bad(fmt::format("'{}' is not a port (1 to 65535)", port));
    }
    a.port = n;
  }
  if (a.host.empty() && (a.port != 0 || !a.user.empty()) && a.socket.empty()) {
    bad("a user or port needs a host (or ?socket=PATH)");
  }
  if (!a.host.empty() && !a.socket.empty()) bad("give a host or ?socket=PATH, not both");
  return a;
}

std::string ServerAddress::shown() const {
  std::string s(kScheme);
  if (!user.empty()) s += user + "@";
  if (host.find(':') != std::string::npos) {
    s += "[" + host + "]";
  } else {
    s += host;
  }
  if (port != 0) s += fmt::format(":{}", port);
  s += "/" + database;
  std::string_view sep = "?";
  if (!socket.empty()) {
    s += fmt::format("{}socket={}", sep, socket);
    sep = "&";
  }
  if (ssl_required) s += fmt::format("{}ssl=required", sep);
  return s;
}

}  // namespace kolmi::store
