#include "cli/terminal.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::cli {

bool is_terminal(std::FILE* stream) { return ::isatty(::fileno(stream)) == 1; }

std::size_t terminal_width(std::FILE* stream,
                           const std::function<std::optional<std::string>(std::string_view)>& env) {
  if (!is_terminal(stream)) return 0;
  winsize size{};
  if (::ioctl(::fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  if (auto columns = env("COLUMNS")) {
    char* end = nullptr;
    const unsigned long n = std::strtoul(columns->c_str(), &end, 10);
    if (end && *end == '\0' && n > 0 && n < 10000) return n;
  }
  return 80;
}

namespace {
std::string strip_line_end(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}
}  // namespace

std::optional<std::string> read_secret_from_terminal(const char* prompt) {
  int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  termios old {};
  if (::tcgetattr(fd, &old) != 0) {
    ::close(fd);
    return std::nullopt;
  }
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  ::write(fd, prompt, std::char_traits<char>::length(prompt));
  ::tcsetattr(fd, TCSAFLUSH, &quiet);
  std::string line;
  char c = 0;
  while (::read(fd, &c, 1) == 1 && c != '\n') line += c;
  ::tcsetattr(fd, TCSAFLUSH, &old);
  ::write(fd, "\n", 1);
  ::close(fd);
  return strip_line_end(std::move(line));
}

std::string read_line(std::FILE* in, const char* what) {
  std::string line;
  int c = 0;
  bool any = false;
  while ((c = std::fgetc(in)) != EOF) {
    any = true;
    if (c == '\n') break;
    line += static_cast<char>(c);
  }
  if (!any) throw usage_error(fmt::format("expected {} on standard input, got nothing", what));
  return strip_line_end(std::move(line));
}

}  // namespace kolmi::cli
