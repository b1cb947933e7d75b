#pragma once
// The rows of one worksheet as they are written: XML appended to a buffer,
// compressed (Deflater) into an unnamed scratch file a buffer at a time, so
// a million rows cost two buffers of memory. Compression runs on a thread of
// its own while the next buffer is filled: deflate is half the work of an
// XLSX export, and the reading and formatting of rows the other half. The sheet's head, which needs
// the column widths measured over every row, is compressed apart at the end
// and goes before this data in the zip member (zip_writer.hpp).
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "exporters/xlsx/deflater.hpp"
#include "exporters/xlsx/zip_writer.hpp"

namespace kolmi::exporters::xlsx {

class SheetBody {
 public:
  // Throws Error(storage) when the scratch file cannot be made in `scratch_dir`.
  explicit SheetBody(const std::string& scratch_dir);
  SheetBody(const SheetBody&) = delete;
  SheetBody& operator=(const SheetBody&) = delete;
  ~SheetBody();

  // Where the rows' XML is appended; call written() after each row.
  std::string& xml() { return xml_; }
  void written() {
    if (xml_.size() >= kBatch) hand_over();
  }
  // Ends the data (byte-aligned, not final) and returns it as a zip part,
  // read back from the scratch file when the zip is written. Once. Throws
  // Error(storage) for a scratch file that could not be written.
  DeflatedPart finish();

 private:
  static constexpr std::size_t kBatch = 1 << 18;
  // Gives the filled buffer to the compressing thread (started on the first
  // call) once it has taken the one before, and rethrows its failure.
  void hand_over();
  void compress_loop();
  void stop_worker() noexcept;
  void spill(std::string_view compressed);
  void flush_file();

  std::string dir_;
  int fd_ = -1;
  std::string xml_;          // being filled by the writer of rows
  std::string pending_;      // being compressed by the worker
  std::string file_buffer_;  // compressed bytes not yet in the file (worker's)
  std::unique_ptr<Deflater> deflater_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool has_pending_ = false;
  bool stopping_ = false;
  std::exception_ptr failure_;
  std::thread worker_;
};

// An unnamed read-write file in `dir` ("" for the current folder): O_TMPFILE,
// or where the file system lacks it, a file made with mkstemp and unlinked at
// once, so nothing is left behind by a failure or a signal. Throws
// Error(storage) naming the folder.
int unnamed_file(const std::string& dir);

}  // namespace kolmi::exporters::xlsx
