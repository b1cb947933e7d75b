#pragma once
// A streaming XML writer for pages: elements go out as they are written, so a
// list of a million calls needs one small buffer, not a document in memory.
//
// Text is always escaped (& < > " ') and always well-formed UTF-8: invalid
// UTF-8 sequences and characters XML 1.0 forbids (control characters other
// than tab/LF/CR, U+FFFE, U+FFFF) are replaced with U+FFFD.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kolmi::xml {

using Sink = std::function<void(std::string_view)>;

class XmlWriter {
 public:
  explicit XmlWriter(Sink sink);
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  // <?xml version="1.0" encoding="UTF-8"?>
  void declaration();
  void open(std::string_view name);
  // Closes the innermost open element.
  void close();
  // <name>text</name>
  void leaf(std::string_view name, std::string_view text);
  void leaf(std::string_view name, std::int64_t value);
  void leaf(std::string_view name, int value) { leaf(name, static_cast<std::int64_t>(value)); }
  // <name attr="value">text</name>
  void leaf_with_attribute(std::string_view name, std::string_view attr,
                           std::string_view attr_value, std::string_view text);
  // Closes every open element and hands the rest to the sink.
  void finish();
  // Hands what is buffered to the sink.
  void flush();

 private:
  // Where the next `n` bytes go: the buffer's end, after handing what it
  // holds to the sink (and growing it) when they would not fit. The caller
  // writes exactly `n` bytes there and then calls commit.
  char* room(std::size_t n);
  void commit(std::size_t n) { size_ += n; }
  // `text` as it goes out: itself when no byte needs escaping (most of a
  // page's values), else its escaped copy in escaped_.
  std::string_view escape(std::string_view text);
  // Copies `bytes` to the buffer as they are.
  void raw(std::string_view bytes);
  void maybe_flush();

  // A plain byte buffer rather than a std::string: a leaf is one size
  // check and a few copies, where string appends checked capacity for each
  // of its eight pieces (bench/README.md: 89 M of the busiest day page's
  // 377 M instructions went to leaves, 50 M now).
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
  std::string escaped_;
  Sink sink_;
  std::vector<std::string> stack_;
};

// Appends `text` to `out` escaped for XML character data or attribute values.
void append_escaped(std::string& out, std::string_view text);
std::string escaped(std::string_view text);

}  // namespace kolmi::xml
