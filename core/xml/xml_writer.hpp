#pragma once
// A streaming XML writer for pages: elements go out as they are written, so a
// list of a million calls needs one small buffer, not a document in memory.
//
// Text is always escaped (& < > " ') and always well-formed UTF-8: invalid
// UTF-8 sequences and characters XML 1.0 forbids (control characters other
// than tab/LF/CR, U+FFFE, U+FFFF) are replaced with U+FFFD.
#include <cstdint>
#include <functional>
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
  void indent();
  void maybe_flush();
  std::string buf_;
  Sink sink_;
  std::vector<std::string> stack_;
};

// Appends `text` to `out` escaped for XML character data or attribute values.
void append_escaped(std::string& out, std::string_view text);
std::string escaped(std::string_view text);

}  // namespace kolmi::xml
