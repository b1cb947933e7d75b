#pragma once
// Where the exports (calls, rates, stats, invoices) write: a file given
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
// a PDF or an XLSX would go to stdout while stdout is a terminal.
std::optional<std::string> export_path(const std::optional<std::string>& output,
                                       std::string_view default_name, exporters::ExportFormat format,
                                       bool stdout_is_terminal);

// Runs `produce(sink)`: into ctx.out when `path` is nullopt; into `path`
// through an io::AtomicFile when it is a regular file or nothing (an unnamed
// temporary file linked into place when complete, so an exception or any
// signal leaves `path` untouched and nothing else behind; a symbolic link is
// followed). A new file gets mode 0666 minus the umask; a replaced one keeps
// its mode. `path` naming one of the process's descriptors (/dev/stdout,
// /dev/fd/N, /proc/self/fd/N, or a link to one) is written to that
// descriptor; a FIFO or a character device (/dev/null) is written as a
// stream. Anything else (a block device, a socket) is never replaced:
// Error(usage). Throws Error(storage) naming the file (or standard output),
// and what `produce` throws.
void write_export(const Context& ctx, const std::optional<std::string>& path,
                  const std::function<void(const exporters::ByteSink&)>& produce);

// Where an XLSX is built before it is copied to `path`
// (exporters/xlsx/xlsx_workbook.hpp): the target file's folder, so the
// space it needs is where the file goes; for stdout (nullopt), a FIFO or a
// device, $TMPDIR or /tmp.
std::string xlsx_scratch_dir(const Context& ctx, const std::optional<std::string>& path);

}  // namespace kolmi::cli
