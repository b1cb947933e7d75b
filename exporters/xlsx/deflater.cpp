#include "exporters/xlsx/deflater.hpp"

#include <zlib.h>

#include <limits>
#include <new>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::exporters::xlsx {

namespace {
constexpr std::size_t kOutputChunk = 1 << 17;
}

struct Deflater::Stream {
  z_stream z{};
};

Deflater::Deflater(Output output, int level) : z_(std::make_unique<Stream>()), output_(std::move(output)) {
  // -15: a raw deflate stream (zip keeps its own CRC and sizes); memLevel 8
  // is zlib's default.
  const int rc = deflateInit2(&z_->z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
  if (rc == Z_MEM_ERROR) throw std::bad_alloc();
  if (rc != Z_OK) throw storage_error(fmt::format("XLSX: zlib refused to start compressing ({})", rc));
  crc_ = static_cast<std::uint32_t>(::crc32(0, nullptr, 0));
  out_.resize(kOutputChunk);
}

Deflater::~Deflater() { deflateEnd(&z_->z); }

void Deflater::run(int flush) {
  z_stream& z = z_->z;
  do {
    z.next_out = reinterpret_cast<Bytef*>(out_.data());
    z.avail_out = static_cast<uInt>(out_.size());
    const int rc = deflate(&z, flush);
    if (rc == Z_STREAM_ERROR) throw storage_error("XLSX: zlib failed while compressing");
    const std::size_t made = out_.size() - z.avail_out;
    if (made > 0) {
      compressed_size_ += made;
      output_(std::string_view(out_.data(), made));
    }
    // With room left over, deflate has taken all input and, for a flush,
    // written everything.
  } while (z.avail_out == 0);
}

void Deflater::write(std::string_view text) {
  if (finished_) throw std::logic_error("xlsx::Deflater::write after finish");
  while (!text.empty()) {
    // zlib counts in uInt: feed at most 1 GiB at a time.
    const std::size_t n = std::min<std::size_t>(text.size(), 1u << 30);
    crc_ = static_cast<std::uint32_t>(::crc32(crc_, reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(n)));
    raw_size_ += n;
    z_stream& z = z_->z;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    z.avail_in = static_cast<uInt>(n);
    run(Z_NO_FLUSH);
    text.remove_prefix(n);
  }
}

void Deflater::finish(bool final_block) {
  if (finished_) return;
  finished_ = true;
  z_->z.avail_in = 0;
  // Z_SYNC_FLUSH ends with an empty stored block: byte-aligned, final bit clear.
  run(final_block ? Z_FINISH : Z_SYNC_FLUSH);
}

DeflatedText deflate_text(std::string_view text, bool final_block) {
  DeflatedText out;
  Deflater d([&out](std::string_view bytes) { out.bytes.append(bytes); });
  d.write(text);
  d.finish(final_block);
  out.crc = d.crc();
  out.raw_size = d.raw_size();
  return out;
}

}  // namespace kolmi::exporters::xlsx
