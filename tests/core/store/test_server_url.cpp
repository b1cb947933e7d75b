// mariadb:// URLs (cli.md "Databases"): what is a server, what is a file,
// and one line saying what is wrong with a bad URL (exit 2).
#include <catch2/catch.hpp>

#include <string>

#include "core/error.hpp"
#include "core/store/server_url.hpp"

using kolmi::Error;
using kolmi::ExitCode;
using kolmi::store::is_server_url;
using kolmi::store::parse_server_url;

namespace {

// The message of the usage error parsing `url` throws; "" when it parses.
std::string refusal(const std::string& url) {
  try {
    parse_server_url(url);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
    CHECK(std::string(e.what()).find('\n') == std::string::npos);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a path stays SQLite, mariadb: starts a server URL", "[store][server_url]") {
  CHECK_FALSE(is_server_url("/home/op/kolmi.db"));
  CHECK_FALSE(is_server_url("kolmi.db"));
  CHECK_FALSE(is_server_url("./mariadb:odd.db"));
  CHECK_FALSE(is_server_url("MARIADB.db"));
  CHECK(is_server_url("mariadb://db.example.com/kolmi"));
  CHECK(is_server_url("mariadb:kolmi"));  // a URL, a bad one: refused below, never a file
}

TEST_CASE("host, user and port", "[store][server_url]") {
  auto a = parse_server_url("mariadb://billing@db.example.com:3307/kolmi");
  CHECK(a.user == "billing");
  CHECK(a.host == "db.example.com");
  CHECK(a.port == 3307);
  CHECK(a.database == "kolmi");
  CHECK(a.socket.empty());
  CHECK_FALSE(a.ssl_required);
  CHECK(a.shown() == "mariadb://billing@db.example.com:3307/kolmi");

  auto b = parse_server_url("mariadb://db.example.com/kolmi");
  CHECK(b.user.empty());
  CHECK(b.port == 0);
  CHECK(b.shown() == "mariadb://db.example.com/kolmi");

  auto v6 = parse_server_url("mariadb://[::1]:3306/kolmi");
  CHECK(v6.host == "::1");
  CHECK(v6.port == 3306);
  CHECK(v6.shown() == "mariadb://[::1]:3306/kolmi");
}

TEST_CASE("a socket, the local default, and ssl=required", "[store][server_url]") {
  auto a = parse_server_url("mariadb:///kolmi?socket=/run/mysqld/mysqld.sock");
  CHECK(a.host.empty());
  CHECK(a.socket == "/run/mysqld/mysqld.sock");
  CHECK(a.database == "kolmi");
  CHECK(a.shown() == "mariadb:///kolmi?socket=/run/mysqld/mysqld.sock");

  auto user_socket = parse_server_url("mariadb://op@/kolmi?socket=/tmp/my%20sock");
  CHECK(user_socket.user == "op");
  CHECK(user_socket.socket == "/tmp/my sock");

  auto local = parse_server_url("mariadb:///kolmi");
  CHECK(local.host.empty());
  CHECK(local.socket.empty());

  auto tls = parse_server_url("mariadb://db.example.com/kolmi?ssl=required");
  CHECK(tls.ssl_required);
  CHECK(tls.shown() == "mariadb://db.example.com/kolmi?ssl=required");
}

TEST_CASE("a password in the URL is refused, never used", "[store][server_url]") {
  CHECK(refusal("mariadb://op:secret@db.example.com/kolmi").find("KOLMI_DB_PASSWORD") != std::string::npos);
  CHECK(refusal("mariadb://op:secret@db.example.com/kolmi").find("secret") == std::string::npos);
  CHECK(refusal("mariadb://db.example.com/kolmi?password=x").find("KOLMI_DB_PASSWORD") != std::string::npos);
}

TEST_CASE("bad URLs are usage errors with one line saying why", "[store][server_url]") {
  CHECK(refusal("mariadb:kolmi").find("starts with mariadb://") != std::string::npos);
  CHECK(refusal("mariadb://db.example.com").find("no database name") != std::string::npos);
  CHECK(refusal("mariadb://db.example.com/").find("no database name") != std::string::npos);
  CHECK(refusal("mariadb://db.example.com:0/kolmi").find("not a port") != std::string::npos);
  CHECK(refusal("mariadb://db.example.com:65536/kolmi").find("not a port") != std::string::npos);
  CHECK(refusal("mariadb://db.example.com:33x/kolmi").find("not a port") != std::string::npos);
  CHECK(refusal("mariadb://db.example.com:/kolmi").find("empty port") != std::string::npos);
  CHECK(refusal("mariadb://db.example.com/kol mi").find("not a database name") != std::string::npos);
  CHECK(refusal("mariadb://db.example.com/a/b").find("not a database name") != std::string::npos);
  CHECK(refusal("mariadb:///kolmi?socket=relative/sock").find("absolute") != std::string::npos);
  CHECK(refusal("mariadb:///kolmi?ssl=maybe").find("ssl=maybe") != std::string::npos);
  CHECK(refusal("mariadb:///kolmi?colour=blue").find("unknown option 'colour'") != std::string::npos);
  CHECK(refusal("mariadb:///kolmi?socket").find("no value") != std::string::npos);
  CHECK(refusal("mariadb://db.example.com/kolmi?socket=/tmp/s").find("not both") != std::string::npos);
  CHECK(refusal("mariadb://@db.example.com/kolmi").find("empty user") != std::string::npos);
  CHECK(refusal("mariadb://op@/kolmi").find("needs a host") != std::string::npos);
  CHECK(refusal("mariadb:///kolmi?socket=/tmp/%zz").find("%-escape") != std::string::npos);
  CHECK(refusal("mariadb://[::1/kolmi").find("IPv6") != std::string::npos);
}
