#include "cli/export_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "cli/interrupt_cleanup.hpp"
#include "core/error.hpp"
#include "core/io/atomic_file.hpp"

namespace kolmi::cli {

namespace {
bool is_directory(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

unsigned new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666U & ~static_cast<unsigned>(mask);
}
}  // namespace

std::optional<std::string> export_path(const std::optional<std::string>& output,
                                       std::string_view default_name, exporters::ExportFormat format,
                                       bool stdout_is_terminal) {
  if (output && output->empty())
    throw usage_error("-o: give a file, a folder ending in '/', or - for stdout");
  if (!output || *output == "-") {
    if (format != exporters::ExportFormat::csv && stdout_is_terminal) {
      throw usage_error(fmt::format("{} is not shown on a terminal: give -o FILE or -o DIR/, or redirect stdout",
                                    format == exporters::ExportFormat::pdf ? "a PDF" : "an XLSX"));
    }
    return std::nullopt;
  }
  if (output->back() == '/') return *output + std::string(default_name);
  if (is_directory(*output)) return fmt::format("{}/{}", *output, default_name);
  return *output;
}

namespace {

// The descriptor a path names when it is one of the process's own:
// /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N, or a symbolic link
// leading to one of those (followed for a few hops). Writing there means
// writing to that descriptor, never replacing whatever it is open on.
std::optional<int> own_descriptor(std::string path) {
  for (int hop = 0; hop < 8; ++hop) {
    if (path == "/dev/stdout") return 1;
    if (path == "/dev/stderr") return 2;
    for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
      if (path.starts_with(prefix)) {
        int fd = -1;
        std::string_view digits = std::string_view(path).substr(prefix.size());
        auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), fd);
        if (ec == std::errc() && end == digits.data() + digits.size() && fd >= 0) return fd;
      }
    }
    std::array<char, 4096> buf{};
    const ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size() - 1);
    if (n <= 0) return std::nullopt;
    std::string next(buf.data(), static_cast<std::size_t>(n));
    path = next.starts_with('/') ? next : io::parent_dir(path) + "/" + next;
  }
  return std::nullopt;
}

// Writes everything to `fd`, which is closed at the end. Throws Error(storage).
void write_to_descriptor(int fd, const std::string& shown,
                         const std::function<void(const exporters::ByteSink&)>& produce) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(::fdopen(fd, "wb"), &std::fclose);
  if (!f) {
    ::close(fd);
    throw storage_error(fmt::format("cannot write {}: {}", shown, std::strerror(errno)));
  }
  produce([&](std::string_view bytes) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size()) {
      throw storage_error(fmt::format("cannot write {}: {}", shown, std::strerror(errno)));
    }
  });
  if (std::fflush(f.get()) != 0) throw storage_error(fmt::format("cannot write {}: {}", shown, std::strerror(errno)));
}

}  // namespace

void write_export(const Context& ctx, const std::optional<std::string>& path,
                  const std::function<void(const exporters::ByteSink&)>& produce) {
  if (!path) {
    produce(ctx.stdout_sink());
    if (std::fflush(ctx.out) != 0) {
      throw storage_error(fmt::format("cannot write to standard output: {}", std::strerror(errno)));
    }
    return;
  }
  if (auto fd = own_descriptor(*path)) {
    if (*fd == 1) std::fflush(ctx.out);
    const int copy = ::fcntl(*fd, F_DUPFD_CLOEXEC, 3);
    if (copy < 0) throw storage_error(fmt::format("cannot write {}: {}", *path, std::strerror(errno)));
    write_to_descriptor(copy, *path, produce);
    return;
  }
  struct stat st {};
  if (::stat(path->c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (!S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode)) {
      throw usage_error(fmt::format(
          "-o {}: not a regular file, FIFO or character device; kolmi never replaces it", *path));
    }
    // A FIFO or a character device is written as a stream, as a shell
    // redirection would: opening a FIFO waits for its reader.
    const int fd = ::open(path->c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) throw storage_error(fmt::format("cannot write {}: {}", *path, std::strerror(errno)));
    write_to_descriptor(fd, *path, produce);
    return;
  }
  io::AtomicFileOptions options;
  options.mode = new_file_mode();
  options.keep_mode = true;
  io::AtomicFile file(*path, options);
  // Only where the system has no unnamed temporary files is there a name
  // that a signal could leave behind.
  std::optional<RemoveOnInterrupt> guard;
  if (!file.temp_path().empty()) guard.emplace(file.temp_path());
  produce([&file](std::string_view bytes) { file.write(bytes); });
  file.commit();
}

std::string xlsx_scratch_dir(const Context& ctx, const std::optional<std::string>& path) {
  struct stat st {};
  if (path && !path->starts_with("/dev/") && !path->starts_with("/proc/") &&
      (::stat(path->c_str(), &st) == 0 ? S_ISREG(st.st_mode) : errno == ENOENT)) {
    return io::parent_dir(*path);
  }
  const std::optional<std::string> tmpdir = ctx.env("TMPDIR");
  return tmpdir && !tmpdir->empty() ? *tmpdir : "/tmp";
}

}  // namespace kolmi::cli
