#include "exporters/xlsx/xlsx_workbook.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "core/error.hpp"
#include "exporters/xlsx/xlsx_libraries.hpp"

namespace kolmi::exporters::xlsx {

namespace {

// An unnamed read-write file in `dir`: O_TMPFILE, or where the file system
// lacks it, a file made with mkstemp and unlinked at once. Throws
// Error(storage) naming the folder.
int unnamed_file(const std::string& dir) {
  const std::string where = dir.empty() ? "." : dir;
  int fd = ::open(where.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
  std::string name = where + "/.kolmi-xlsx-XXXXXX";
  fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    throw storage_error(
        fmt::format("XLSX: cannot make a temporary file in {}: {}", where, std::strerror(errno)));
  }
  ::unlink(name.c_str());
  return fd;
}

}  // namespace

void check(int error, std::string_view what) {
  if (error == 0) return;
  throw storage_error(
      fmt::format("XLSX: {}: {}", what, xlsxwriter().lxw_strerror(static_cast<lxw_error>(error))));
}

Workbook::Workbook(const std::string& scratch_dir, const Properties& properties)
    : tmpdir_(scratch_dir.empty() ? "." : scratch_dir), properties_(properties) {
  const Xlsxwriter& lib = xlsxwriter();
  zip_fd_ = unnamed_file(tmpdir_);
  zip_path_ = fmt::format("/proc/self/fd/{}", zip_fd_);
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = tmpdir_.data();
  // ZIP64 only matters past 4 GB; the sheets of a million calls are ~150 MB.
  options.use_zip64 = LXW_FALSE;
  book_ = lib.workbook_new_opt(zip_path_.c_str(), &options);
  if (!book_) {
    ::close(zip_fd_);
    throw storage_error("XLSX: libxlsxwriter could not make a workbook (out of memory)");
  }
  lxw_doc_properties doc{};
  // An empty text is left out (NULL) rather than written as an empty element.
  auto text = [](std::string& s) { return s.empty() ? nullptr : s.data(); };
  doc.title = text(properties_.title);
  doc.subject = text(properties_.subject);
  doc.author = text(properties_.author);
  doc.created = properties_.created;
  const lxw_error e = lib.workbook_set_properties(book_, &doc);
  if (e != LXW_NO_ERROR) {
    // workbook_close is the only way to free a workbook; into the unnamed file.
    lib.workbook_close(book_);
    book_ = nullptr;
    ::close(zip_fd_);
    check(e, "document properties");
  }
}

Workbook::~Workbook() {
  // An unsaved workbook is closed into its unnamed file, which vanishes with
  // the descriptor: libxlsxwriter frees a workbook only by closing it.
  if (book_) xlsxwriter().workbook_close(book_);
  if (zip_fd_ >= 0) ::close(zip_fd_);
}

lxw_format* Workbook::format(std::string_view num_format, bool bold) {
  for (const KnownFormat& f : formats_) {
    if (f.num_format == num_format && f.bold == bold) return f.format;
  }
  const Xlsxwriter& lib = xlsxwriter();
  lxw_format* f = lib.workbook_add_format(book_);
  if (!f) throw storage_error("XLSX: libxlsxwriter could not make a cell format (out of memory)");
  std::string text(num_format);
  if (!text.empty()) lib.format_set_num_format(f, text.c_str());
  if (bold) {
    lib.format_set_bold(f);
    lib.format_set_bottom(f, LXW_BORDER_THIN);
  }
  formats_.push_back({std::move(text), bold, f});
  return f;
}

void Workbook::save(const ByteSink& sink) {
  if (!book_) throw std::logic_error("xlsx::Workbook::save called twice");
  lxw_workbook* book = book_;
  book_ = nullptr;  // workbook_close frees it, whatever it returns
  check(xlsxwriter().workbook_close(book), "cannot write the workbook");
  // The zip is complete in the unnamed file: copy it to the sink.
  if (::lseek(zip_fd_, 0, SEEK_SET) < 0) {
    throw storage_error(fmt::format("XLSX: cannot read back the workbook: {}", std::strerror(errno)));
  }
  std::array<char, 1 << 16> buf{};
  for (;;) {
    const ssize_t n = ::read(zip_fd_, buf.data(), buf.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw storage_error(fmt::format("XLSX: cannot read back the workbook: {}", std::strerror(errno)));
    }
    if (n == 0) break;
    sink(std::string_view(buf.data(), static_cast<std::size_t>(n)));
  }
}

}  // namespace kolmi::exporters::xlsx
