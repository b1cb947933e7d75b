#pragma once
// The zip container of an XLSX file, written front to back into a ByteSink
// (an atomic file or stdout): members compressed with raw deflate (zlib),
// each announced by a local header that already carries its CRC-32 and
// sizes, then the central directory. A member's compressed data may be made
// of several deflate streams laid end to end (Deflater::Segment): a sheet's
// head, its rows and its tail are compressed apart, because the head (the
// column widths) is known only after the last row.
//
// Zip32 only: a member or the whole file past 4 GiB is an error rather than
// a corrupt file. A sheet holds at most 1,048,576 rows (xlsx_table.hpp), a
// few hundred MB of XML.
#include <cstdint>
#include <ctime>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/export_rows.hpp"

namespace kolmi::exporters::xlsx {

// One run of raw deflate data: its bytes (or a way to copy them into a
// sink), the CRC-32 and length of what it inflates to.
struct DeflatedPart {
  std::uint32_t crc = 0;
  std::uint64_t raw_size = 0;
  std::uint64_t compressed_size = 0;
  // Writes exactly `compressed_size` bytes into the sink.
  std::function<void(const ByteSink&)> copy;
};

class ZipWriter {
 public:
  // `modified`: the members' time stamp (UTC, zip's DOS time).
  ZipWriter(const ByteSink& sink, std::time_t modified);

  // A member whose data is `parts` one after another: every part but the
  // last must end on a byte boundary without the final-block bit
  // (Deflater::Segment::flushed), the last one finished. Throws
  // Error(storage) past zip32's 4 GiB.
  void add(std::string_view name, const std::vector<DeflatedPart>& parts);
  // A small member compressed in memory.
  void add_text(std::string_view name, std::string_view text);
  // The central directory and its end record; once.
  void finish();

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc = 0;
    std::uint32_t raw_size = 0;
    std::uint32_t compressed_size = 0;
    std::uint32_t offset = 0;
  };
  void put(std::string_view bytes);

  ByteSink sink_;
  std::uint16_t dos_time_ = 0;
  std::uint16_t dos_date_ = 0;
  std::uint64_t offset_ = 0;
  std::vector<Entry> entries_;
};

}  // namespace kolmi::exporters::xlsx
