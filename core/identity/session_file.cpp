#include "core/identity/session_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"

namespace kolmi::identity {

namespace {

// A token is 64 characters; anything past this is not a session file.
constexpr std::size_t kMaxRead = 4096;

// Closes the descriptor on every path out of read_session_token.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n\v\f";
  auto first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  auto last = s.find_last_not_of(kSpace);
  return s.substr(first, last - first + 1);
}

}  // namespace

namespace {
std::optional<std::string> read_token(const std::string& path, bool refuse_exposed) {
  Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (f.fd < 0) {
    if (errno == ENOENT) return std::nullopt;
    throw storage_error(fmt::format("cannot read session file {}: {}", path, std::strerror(errno)));
  }
  // fstat on the open descriptor, so the mode checked is that of the file read.
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) {
    throw storage_error(fmt::format("cannot read session file {}: {}", path, std::strerror(errno)));
  }
  if (refuse_exposed && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    throw auth_error(
        fmt::format("session file {} is open to other users, who may have copied it; run kolmi logout "
                    "(it ends that session) and kolmi login again",
                    path));
  }

  std::array<char, kMaxRead> buf{};
  std::size_t len = 0;
  while (len < buf.size()) {
    ssize_t n = ::read(f.fd, buf.data() + len, buf.size() - len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      throw storage_error(fmt::format("cannot read session file {}: {}", path, std::strerror(errno)));
    }
    if (n == 0) break;
    len += static_cast<std::size_t>(n);
  }
  std::string_view text(buf.data(), len);
  std::string_view line = trim(text.substr(0, text.find('\n')));
  if (line.empty()) return std::nullopt;
  return std::string(line);
}
}  // namespace

std::optional<std::string> read_session_token(const std::string& path) { return read_token(path, true); }

std::optional<std::string> read_session_token_to_revoke(const std::string& path) {
  return read_token(path, false);
}

void write_session_token(const std::string& path, const std::string& token) {
  io::make_directories(io::parent_dir(path), 0700);
  io::AtomicFile file(path, 0600);
  file.write(token);
  file.write("\n");
  file.commit();
}

void remove_session_file(const std::string& path) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
    throw storage_error(fmt::format("cannot remove session file {}: {}", path, std::strerror(errno)));
  }
}

}  // namespace kolmi::identity
