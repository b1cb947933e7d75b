#include "core/xml/xml_writer.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include <fmt/format.h>

#include "core/text/utf8_escape.hpp"

namespace kolmi::xml {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
using text::kReplacement;

constexpr auto kXmlEscape = [](unsigned char c) -> std::string_view {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    case '\t': case '\n': case '\r': return {};
    default: return c < 0x20 ? kReplacement : std::string_view{};  // controls XML 1.0 forbids
  }
};

// The bytes written as they are: ASCII that needs no escape (bytes from
// 0x80 on are checked as UTF-8 by the escaper).
constexpr std::array<bool, 256> kPlain = text::kept_bytes<decltype(kXmlEscape)>();

bool is_plain(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return kPlain[static_cast<unsigned char>(c)]; });
}

char* put(char* p, std::string_view s) {
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

char* spaces(char* p, std::size_t n) {
  std::memset(p, ' ', n);
  return p + n;
}

// `<name>` or `</name>`: 2 or 3 bytes more than the name.
char* tag(char* p, std::string_view name, bool end) {
  *p++ = '<';
  if (end) *p++ = '/';
  p = put(p, name);
  *p++ = '>';
  return p;
}
}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  text::append_escaped_utf8(out, s, kXmlEscape, text::is_noncharacter);
}

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped(out, text);
  return out;
}

XmlWriter::XmlWriter(Sink sink)
    : data_(std::make_unique_for_overwrite<char[]>(kChunk + 4096)), capacity_(kChunk + 4096), sink_(std::move(sink)) {}

char* XmlWriter::room(std::size_t n) {
  if (n > capacity_ - size_) {
    flush();
    if (n > capacity_) {  // one value longer than the buffer: it grows to hold it
      capacity_ = std::max(n, 2 * capacity_);
      data_ = std::make_unique_for_overwrite<char[]>(capacity_);
    }
  }
  return data_.get() + size_;
}

void XmlWriter::raw(std::string_view bytes) {
  put(room(bytes.size()), bytes);
  commit(bytes.size());
}

std::string_view XmlWriter::escape(std::string_view text) {
  if (is_plain(text)) return text;
  escaped_.clear();
  append_escaped(escaped_, text);
  return escaped_;
}

void XmlWriter::declaration() { raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); }

void XmlWriter::open(std::string_view name) {
  const std::size_t depth = 2 * stack_.size();
  const std::size_t n = depth + name.size() + 3;
  char* p = tag(spaces(room(n), depth), name, false);
  *p = '\n';
  commit(n);
  stack_.emplace_back(name);
}

void XmlWriter::close() {
  if (stack_.empty()) return;
  const std::string& name = stack_.back();
  const std::size_t depth = 2 * (stack_.size() - 1);
  const std::size_t n = depth + name.size() + 4;
  char* p = tag(spaces(room(n), depth), name, true);
  *p = '\n';
  commit(n);
  stack_.pop_back();
  maybe_flush();
}

void XmlWriter::leaf(std::string_view name, std::string_view text) {
  const std::string_view body = escape(text);
  const std::size_t depth = 2 * stack_.size();
  const std::size_t n = depth + 2 * name.size() + body.size() + 6;
  char* p = tag(spaces(room(n), depth), name, false);
  p = tag(put(p, body), name, true);
  *p = '\n';
  commit(n);
  maybe_flush();
}

void XmlWriter::leaf(std::string_view name, std::int64_t value) {
  leaf(name, std::string_view(fmt::format_int(value).c_str()));
}

void XmlWriter::leaf_with_attribute(std::string_view name, std::string_view attr,
                                    std::string_view attr_value, std::string_view text) {
  // Rarer than leaf: the line is put together in escaped_ first.
  std::string& line = escaped_;
  line.assign(2 * stack_.size(), ' ');
  line += '<';
  line += name;
  line += ' ';
  line += attr;
  line += "=\"";
  append_escaped(line, attr_value);
  line += "\">";
  append_escaped(line, text);
  line += "</";
  line += name;
  line += ">\n";
  raw(line);
  maybe_flush();
}

void XmlWriter::maybe_flush() {
  if (size_ >= kChunk) flush();
}

void XmlWriter::flush() {
  if (size_ == 0) return;
  sink_(std::string_view(data_.get(), size_));
  size_ = 0;
}

void XmlWriter::finish() {
  while (!stack_.empty()) close();
  flush();
}

}  // namespace kolmi::xml
