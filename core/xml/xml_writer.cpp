#include "core/xml/xml_writer.hpp"

#include <fmt/format.h>

#include "core/text/utf8_escape.hpp"

namespace kolmi::xml {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
using text::kReplacement;
}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  text::append_escaped_utf8(
      out, s,
      [](unsigned char c) -> std::string_view {
        switch (c) {
          case '&': return "&amp;";
          case '<': return "&lt;";
          case '>': return "&gt;";
          case '"': return "&quot;";
          case '\'': return "&apos;";
          case '\t': case '\n': case '\r': return {};
          default: return c < 0x20 ? kReplacement : std::string_view{};  // controls XML 1.0 forbids
        }
      },
      text::is_noncharacter);
}

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped(out, text);
  return out;
}

XmlWriter::XmlWriter(Sink sink) : sink_(std::move(sink)) { buf_.reserve(kChunk + 4096); }

void XmlWriter::declaration() { buf_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

void XmlWriter::indent() { buf_.append(2 * stack_.size(), ' '); }

void XmlWriter::open(std::string_view name) {
  indent();
  buf_ += '<';
  buf_ += name;
  buf_ += ">\n";
  stack_.emplace_back(name);
}

void XmlWriter::close() {
  if (stack_.empty()) return;
  std::string name = std::move(stack_.back());
  stack_.pop_back();
  indent();
  buf_ += "</";
  buf_ += name;
  buf_ += ">\n";
  maybe_flush();
}

void XmlWriter::leaf(std::string_view name, std::string_view text) {
  indent();
  buf_ += '<';
  buf_ += name;
  buf_ += '>';
  append_escaped(buf_, text);
  buf_ += "</";
  buf_ += name;
  buf_ += ">\n";
  maybe_flush();
}

void XmlWriter::leaf(std::string_view name, std::int64_t value) {
  leaf(name, std::string_view(fmt::format_int(value).c_str()));
}

void XmlWriter::leaf_with_attribute(std::string_view name, std::string_view attr,
                                    std::string_view attr_value, std::string_view text) {
  indent();
  buf_ += '<';
  buf_ += name;
  buf_ += ' ';
  buf_ += attr;
  buf_ += "=\"";
  append_escaped(buf_, attr_value);
  buf_ += "\">";
  append_escaped(buf_, text);
  buf_ += "</";
  buf_ += name;
  buf_ += ">\n";
  maybe_flush();
}

void XmlWriter::maybe_flush() {
  if (buf_.size() >= kChunk) flush();
}

void XmlWriter::flush() {
  if (buf_.empty()) return;
  sink_(buf_);
  buf_.clear();
}

void XmlWriter::finish() {
  while (!stack_.empty()) close();
  flush();
}

}  // namespace kolmi::xml
