#pragma once
// Where `kolmi rates export` and `kolmi calls export` write: a file given
// with -o (written atomically), a folder given with -o (the export's
// default file name in it), or stdout.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "cli/context.hpp"
#include "exporters/export_options.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::cli {

// The file to write, or nullopt for stdout. `output` is the -o value as
// typed (nullopt: no -o; "-": stdout). A value ending in '/' or naming an
// existing folder means `default_name` in that folder (the folder must
// exist; it is not created). Throws Error(usage) for an empty -o, and when
// a PDF would go to stdout while stdout is a terminal.
std::optional<std::string> export_path(const std::optional<std::string>& output,
                                       std::string_view default_name, exporters::ExportFormat format,
                                       bool stdout_is_terminal);

// Runs `produce(sink)`: into `path` through an io::AtomicFile (a temporary
// file in the same folder, renamed over `path` when complete; on an
// exception, or SIGINT/SIGTERM/SIGHUP, the temporary file is removed and
// `path` is untouched), or into ctx.out when `path` is nullopt. The file
// gets mode 0666 minus the umask, as any new file. Throws Error(storage)
// naming the file (or standard output), and what `produce` throws.
void write_export(const Context& ctx, const std::optional<std::string>& path,
                  const std::function<void(const exporters::ByteSink&)>& produce);

}  // namespace kolmi::cli
