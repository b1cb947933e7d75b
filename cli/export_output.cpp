#include "cli/export_output.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

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
    if (format == exporters::ExportFormat::pdf && stdout_is_terminal) {
      throw usage_error("a PDF is not shown on a terminal: give -o FILE or -o DIR/, or redirect stdout");
    }
    return std::nullopt;
  }
  if (output->back() == '/') return *output + std::string(default_name);
  if (is_directory(*output)) return fmt::format("{}/{}", *output, default_name);
  return *output;
}

void write_export(const Context& ctx, const std::optional<std::string>& path,
                  const std::function<void(const exporters::ByteSink&)>& produce) {
  if (!path) {
    produce(ctx.stdout_sink());
    if (std::fflush(ctx.out) != 0) {
      throw storage_error(fmt::format("cannot write to standard output: {}", std::strerror(errno)));
    }
    return;
  }
  io::AtomicFile file(*path, new_file_mode());
  RemoveOnInterrupt guard(file.temp_path());
  produce([&file](std::string_view bytes) { file.write(bytes); });
  file.commit();
}

}  // namespace kolmi::cli
