#include "core/time/zone_directory.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace kolmi::tz {

namespace {

// The largest zone file in tzdata is under 4 KB; a file this big is no zone.
constexpr off_t kMaxZoneFile = 1 << 20;

bool is_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '+' || c == '-';
}

// Files of the zone directory that are not zones, or zones kolmi leaves out
// as Hinnant's tz library did ("Factory" has no real offset, "posix/" and
// "right/" are copies with other leap-second handling).
bool is_excluded_part(std::string_view part) {
  static constexpr std::array<std::string_view, 10> kExcluded = {
      "Factory",  "iso3166.tab",  "right",     "+VERSION",    "version",
      "zone.tab", "zone1970.tab", "tzdata.zi", "leapseconds", "leap-seconds.list"};
  if (part.substr(0, 5) == "posix") return true;  // "posix/...", "posixrules"
  return std::find(kExcluded.begin(), kExcluded.end(), part) != kExcluded.end();
}

// The whole of a regular file of at most kMaxZoneFile bytes; nullopt otherwise.
std::optional<std::string> read_small_file(const std::string& path) {
  // O_NONBLOCK: opening a FIFO placed under a zone's name must not wait.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> out;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= kMaxZoneFile) {
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
      const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    if (got == bytes.size()) out = std::move(bytes);
  }
  ::close(fd);
  return out;
}

}  // namespace

bool is_zone_name(std::string_view name) {
  if (name.empty() || name.size() > 255) return false;
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = name.find('/', start);
    const std::string_view part =
        name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (part.empty() || part.front() == '.' || part.front() == '-') return false;
    if (!std::all_of(part.begin(), part.end(), is_name_char)) return false;
    if (is_excluded_part(part)) return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

std::optional<Zone> load_zone(std::string_view dir, std::string_view name) {
  if (!is_zone_name(name)) return std::nullopt;
  std::string path(dir);
  path += '/';
  path += name;
  const std::optional<std::string> bytes = read_small_file(path);
  if (!bytes) return std::nullopt;
  return Zone::parse(*bytes);
}

const Zone* find_zone(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<const Zone>, std::less<>> loaded;
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto it = loaded.find(name); it != loaded.end()) return it->second.get();
  std::optional<Zone> zone = name == "UTC" ? Zone::fixed(0) : load_zone(kSystemZoneDir, name);
  // Unknown names are not kept: they end the command that asked.
  if (!zone) return nullptr;
  auto [it, inserted] = loaded.emplace(std::string(name), std::make_unique<const Zone>(std::move(*zone)));
  return it->second.get();
}

}  // namespace kolmi::tz
