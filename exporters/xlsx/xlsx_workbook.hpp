#pragma once
// A streaming XLSX workbook (libxlsxwriter in constant_memory mode: each
// row goes to a temporary file as soon as the next one starts, so a million
// rows cost one row of memory), and the typed tables written into it
// (xlsx_table.hpp). Generic: knows nothing of calls or rates, so every
// document kolmi makes as XLSX (calls, rates, invoices) is built the same way.
//
// Files: libxlsxwriter writes its temporary files and then the finished zip
// to file names. Both go into `scratch_dir` (for an export, the target's
// folder) and have no name: the temporary files are unlinked as soon as
// they are made (libxlsxwriter's tmpfileplus), and the zip is written into
// an unnamed file (O_TMPFILE, else a file unlinked right after creation)
// reached through /proc/self/fd. save() then copies the zip into the sink,
// which is the atomic target file or stdout. So nothing is left behind by
// a failure or a signal, and the target's atomic write is the exports' own.
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/export_rows.hpp"

struct lxw_workbook;
struct lxw_format;

namespace kolmi::exporters::xlsx {

// The document's metadata (docProps/core.xml).
struct Properties {
  // Every member has an initializer, so designated initializers may leave
  // any of them out. An empty text is left out of the file.
  std::string title{};
  std::string subject{};
  std::string author{};
  std::time_t created = 0;  // 0: now
};

class Workbook {
 public:
  // Throws Error(storage) when the scratch file cannot be made in
  // `scratch_dir`, or libxlsxwriter cannot be loaded or fails.
  Workbook(const std::string& scratch_dir, const Properties& properties);
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  // Discards an unsaved workbook (its files have no names).
  ~Workbook();

  lxw_workbook* handle() const { return book_; }
  // A cell format with the number format `num_format` ("" for none), bold
  // when `bold` (headers); made once per distinct pair, owned by the workbook.
  lxw_format* format(std::string_view num_format, bool bold = false);

  // Finishes the workbook (libxlsxwriter assembles and zips every sheet)
  // and writes the file into `sink`; once only. Throws Error(storage) naming
  // libxlsxwriter's reason, and what `sink` throws.
  void save(const ByteSink& sink);

 private:
  struct KnownFormat {
    std::string num_format;
    bool bold = false;
    lxw_format* format = nullptr;
  };
  lxw_workbook* book_ = nullptr;
  int zip_fd_ = -1;        // the unnamed file the zip goes into
  std::string zip_path_;   // /proc/self/fd/N, the name libxlsxwriter opens
  std::string tmpdir_;     // kept alive: libxlsxwriter keeps the pointer
  Properties properties_;  // kept alive until save()
  std::vector<KnownFormat> formats_;
};

// Throws Error(storage) "XLSX: <what>: <libxlsxwriter's reason>" when
// `error` is not LXW_NO_ERROR (0).
void check(int error, std::string_view what);

}  // namespace kolmi::exporters::xlsx
