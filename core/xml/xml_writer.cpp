#include "core/xml/xml_writer.hpp"

#include <fmt/format.h>

#include "core/text/utf8.hpp"

namespace kolmi::xml {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
using text::kReplacement;
using text::utf8_sequence;
}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  std::size_t run = 0;  // start of the pending run of plain bytes
  std::size_t i = 0;
  auto flush_run = [&](std::size_t end) { out.append(s.data() + run, end - run); };
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') {
      ++i;
      continue;
    }
    flush_run(i);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\t': case '\n': case '\r': out += static_cast<char>(c); break;
        default: out += kReplacement; break;  // control characters XML 1.0 forbids
      }
      ++i;
    } else {
      char32_t cp = 0;
      std::size_t len = utf8_sequence(s, i, cp);
      if (len == 0) {
        out += kReplacement;
        ++i;
      } else if (cp == 0xFFFE || cp == 0xFFFF) {
        out += kReplacement;
        i += len;
      } else {
        out.append(s.data() + i, len);
        i += len;
      }
    }
    run = i;
  }
  flush_run(i);
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
