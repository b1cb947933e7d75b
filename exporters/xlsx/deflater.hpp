#pragma once
// Raw deflate (zlib, no header) of text given piece by piece, with the
// CRC-32 and length of what went in: the data of one zip member, or one
// segment of it (zip_writer.hpp). The compressed bytes go to a callback as
// they are made.
//
// Level 1 (zlib's fastest): a sheet of a million calls is mostly repeated
// XML, which level 1 already shrinks about sevenfold; the default level 6
// takes three times as long for a few percent less (bench/export_xlsx.sh).
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace kolmi::exporters::xlsx {

class Deflater {
 public:
  using Output = std::function<void(std::string_view)>;
  explicit Deflater(Output output, int level = 1);
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;
  ~Deflater();

  void write(std::string_view text);
  // Ends the stream. `final_block`: the last segment of a member; otherwise
  // it ends on a byte boundary without the final-block bit, so another
  // stream's data may follow it in the same member.
  void finish(bool final_block);

  std::uint32_t crc() const { return crc_; }
  std::uint64_t raw_size() const { return raw_size_; }
  std::uint64_t compressed_size() const { return compressed_size_; }

 private:
  void run(int flush);
  struct Stream;
  std::unique_ptr<Stream> z_;
  Output output_;
  std::string out_;  // reused output buffer
  std::uint32_t crc_ = 0;
  std::uint64_t raw_size_ = 0;
  std::uint64_t compressed_size_ = 0;
  bool finished_ = false;
};

// `text` compressed whole, in memory: a small member or segment.
struct DeflatedText {
  std::string bytes;
  std::uint32_t crc = 0;
  std::uint64_t raw_size = 0;
};
DeflatedText deflate_text(std::string_view text, bool final_block);

}  // namespace kolmi::exporters::xlsx
