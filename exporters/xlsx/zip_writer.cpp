#include "exporters/xlsx/zip_writer.hpp"

#include <zlib.h>

#include <limits>
#include <stdexcept>

#include <fmt/format.h>

#include "core/error.hpp"
#include "exporters/xlsx/deflater.hpp"

namespace kolmi::exporters::xlsx {

namespace {

constexpr std::uint64_t kZip32Limit = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint16_t kVersion = 20;  // 2.0: deflate
constexpr std::uint16_t kDeflated = 8;

void le16(std::string& out, std::uint16_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>(v >> 8);
}
void le32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

std::uint32_t zip32(std::uint64_t v, std::string_view name) {
  if (v > kZip32Limit) {
    throw storage_error(fmt::format("XLSX: {} would pass the 4 GiB a workbook can hold", name));
  }
  return static_cast<std::uint32_t>(v);
}

}  // namespace

ZipWriter::ZipWriter(const ByteSink& sink, std::time_t modified) : sink_(sink) {
  std::tm t{};
  gmtime_r(&modified, &t);
  if (t.tm_year < 80) {  // DOS time starts in 1980
    t = std::tm{};
    t.tm_mday = 1;
    t.tm_year = 80;
  }
  dos_time_ = static_cast<std::uint16_t>((t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec / 2));
  dos_date_ = static_cast<std::uint16_t>(((t.tm_year - 80) << 9) | ((t.tm_mon + 1) << 5) | t.tm_mday);
}

void ZipWriter::put(std::string_view bytes) {
  sink_(bytes);
  offset_ += bytes.size();
}

void ZipWriter::add(std::string_view name, const std::vector<DeflatedPart>& parts) {
  Entry e;
  e.name = std::string(name);
  e.offset = zip32(offset_, "the workbook");
  std::uint64_t raw = 0, compressed = 0;
  std::uint32_t crc = static_cast<std::uint32_t>(::crc32(0, nullptr, 0));
  for (const DeflatedPart& p : parts) {
    // crc32_combine takes the second part's length as a z_off_t (64-bit here).
    crc = static_cast<std::uint32_t>(::crc32_combine(crc, p.crc, static_cast<z_off_t>(p.raw_size)));
    raw += p.raw_size;
    compressed += p.compressed_size;
  }
  e.crc = crc;
  e.raw_size = zip32(raw, e.name);
  e.compressed_size = zip32(compressed, e.name);
  zip32(offset_ + 30 + e.name.size() + compressed, "the workbook");

  std::string h;
  le32(h, 0x04034b50);
  le16(h, kVersion);
  le16(h, 0);  // flags: sizes in this header, ASCII names
  le16(h, kDeflated);
  le16(h, dos_time_);
  le16(h, dos_date_);
  le32(h, e.crc);
  le32(h, e.compressed_size);
  le32(h, e.raw_size);
  le16(h, static_cast<std::uint16_t>(e.name.size()));
  le16(h, 0);  // no extra field
  h += e.name;
  put(h);
  const ByteSink counted = [this](std::string_view bytes) { put(bytes); };
  for (const DeflatedPart& p : parts) {
    const std::uint64_t before = offset_;
    p.copy(counted);
    if (offset_ - before != p.compressed_size) {
      throw std::logic_error("xlsx::ZipWriter: a part copied another length than it announced");
    }
  }
  entries_.push_back(std::move(e));
}

void ZipWriter::add_text(std::string_view name, std::string_view text) {
  auto d = std::make_shared<DeflatedText>(deflate_text(text, true));
  add(name, {{d->crc, d->raw_size, d->bytes.size(), [d](const ByteSink& sink) { sink(d->bytes); }}});
}

void ZipWriter::finish() {
  const std::uint32_t directory_offset = zip32(offset_, "the workbook");
  std::string d;
  for (const Entry& e : entries_) {
    le32(d, 0x02014b50);
    le16(d, kVersion);  // made by: MS-DOS, 2.0
    le16(d, kVersion);
    le16(d, 0);
    le16(d, kDeflated);
    le16(d, dos_time_);
    le16(d, dos_date_);
    le32(d, e.crc);
    le32(d, e.compressed_size);
    le32(d, e.raw_size);
    le16(d, static_cast<std::uint16_t>(e.name.size()));
    le16(d, 0);  // extra
    le16(d, 0);  // comment
    le16(d, 0);  // disk
    le16(d, 0);  // internal attributes
    le32(d, 0);  // external attributes
    le32(d, e.offset);
    d += e.name;
  }
  const std::uint32_t directory_size = zip32(d.size(), "the workbook");
  zip32(std::uint64_t{directory_offset} + directory_size, "the workbook");
  le32(d, 0x06054b50);
  le16(d, 0);
  le16(d, 0);
  le16(d, static_cast<std::uint16_t>(entries_.size()));
  le16(d, static_cast<std::uint16_t>(entries_.size()));
  le32(d, directory_size);
  le32(d, directory_offset);
  le16(d, 0);  // no comment
  put(d);
}

}  // namespace kolmi::exporters::xlsx
