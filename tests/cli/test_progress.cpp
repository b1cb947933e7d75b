// The export progress line: silent when disabled (stderr not a terminal),
// first drawn after half a second, redrawn at most every quarter second,
// erased at the end.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "cli/progress.hpp"

using kolmi::cli::TerminalProgress;
using namespace std::chrono_literals;

namespace {
struct Capture {
  std::FILE* f = std::tmpfile();
  ~Capture() { std::fclose(f); }
  std::string text() {
    std::fflush(f);
    std::rewind(f);
    std::string s;
    char buf[256];
    while (std::size_t n = std::fread(buf, 1, sizeof buf, f)) s.append(buf, n);
    return s;
  }
};
}  // namespace

TEST_CASE("progress: drawn in place, throttled, erased", "[export]") {
  Capture out;
  std::chrono::steady_clock::time_point t{};
  {
    TerminalProgress p(out.f, true, 1000, "calls", [&] { return t; });
    REQUIRE(p.callback());
    p.update(10);  // too early: a short export shows nothing
    CHECK(out.text().empty());
    t += 500ms;
    p.callback()(100);
    CHECK(out.text() == "\rexported 100/1000 calls (10%)");
    t += 100ms;
    p.update(200);  // within a quarter second of the last drawing
    CHECK(out.text() == "\rexported 100/1000 calls (10%)");
    t += 150ms;
    p.update(1000);
    CHECK(out.text() == "\rexported 100/1000 calls (10%)\rexported 1000/1000 calls (100%)");
  }
  CHECK(out.text() == "\rexported 100/1000 calls (10%)\rexported 1000/1000 calls (100%)\r\033[K");
}

TEST_CASE("progress: an unknown total counts rows only", "[export]") {
  Capture out;
  std::chrono::steady_clock::time_point t{};
  TerminalProgress p(out.f, true, 0, "rates", [&] { return t; });
  t += 1s;
  p.update(42);
  CHECK(out.text() == "\rexported 42 rates");
}

TEST_CASE("progress: nothing at all when stderr is not a terminal", "[export]") {
  Capture out;
  std::chrono::steady_clock::time_point t{};
  {
    TerminalProgress p(out.f, false, 1000, "calls", [&] { return t; });
    CHECK_FALSE(p.callback());
    t += 10s;
    p.update(500);
  }
  CHECK(out.text().empty());
}
