#include "core/output/json_tree_writer.hpp"

#include <array>

#include <fmt/format.h>

#include "core/text/utf8_escape.hpp"

namespace kolmi::output {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
constexpr char kHex[] = "0123456789abcdef";

// \u0000 to \u001f, for the control characters without a short escape.
constexpr std::array<std::array<char, 6>, 0x20> kControlEscapes = [] {
  std::array<std::array<char, 6>, 0x20> t{};
  for (unsigned i = 0; i < t.size(); ++i) t[i] = {'\\', 'u', '0', '0', kHex[i >> 4], kHex[i & 0xF]};
  return t;
}();
constexpr std::string_view control_escape(unsigned char c) {
  return {kControlEscapes[c].data(), kControlEscapes[c].size()};
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  text::append_escaped_utf8(
      out, s,
      [](unsigned char c) -> std::string_view {
        switch (c) {
          case '"': return "\\\"";
          case '\\': return "\\\\";
          case '\n': return "\\n";
          case '\r': return "\\r";
          case '\t': return "\\t";
          default: return c < 0x20 ? control_escape(c) : std::string_view{};
        }
      },
      text::is_noncharacter);
  out += '"';
}

bool is_json_number(std::string_view t) {
  std::size_t i = 0;
  if (i < t.size() && t[i] == '-') ++i;
  auto digits = [&] {
    std::size_t start = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i - start;
  };
  std::size_t int_start = i;
  std::size_t n = digits();
  if (n == 0 || (n > 1 && t[int_start] == '0')) return false;
  if (i < t.size() && t[i] == '.') {
    ++i;
    if (digits() == 0) return false;
  }
  return i == t.size();
}

JsonTreeWriter::JsonTreeWriter(xml::Sink sink) : sink_(std::move(sink)) { buf_.reserve(kChunk + 4096); }

void JsonTreeWriter::push(Kind kind, bool compact) { frames_.push_back(Frame{kind, compact}); }

void JsonTreeWriter::member(std::string_view name) {
  if (frames_.empty()) return;
  Frame& f = frames_.back();
  if (!f.empty) buf_ += ',';
  f.empty = false;
  if (!f.compact) {
    buf_ += '\n';
    buf_.append(frames_.size() - 1, ' ');
  }
  if (f.kind == Kind::object) {
    append_json_string(buf_, name);
    buf_ += ':';
  }
}

void JsonTreeWriter::do_begin(std::string_view root) {
  buf_ += '{';
  push(Kind::object, true);  // the document: {"page": ...} on the first line
  do_open(root);
}

void JsonTreeWriter::do_open(std::string_view name) {
  member(name);
  buf_ += '{';
  push(Kind::object, frames_.size() > 1 && frames_.back().compact);
}

void JsonTreeWriter::do_open_repeated(std::string_view item, Columns) {
  member(item);
  buf_ += '[';
  push(Kind::array, frames_.back().compact);
}

void JsonTreeWriter::do_open_item() {
  member({});
  buf_ += '{';
  push(Kind::object, true);
}

void JsonTreeWriter::do_close() {
  if (frames_.size() <= 1) return;  // the document's own braces end in do_finish
  Frame f = frames_.back();
  frames_.pop_back();
  if (!f.compact && !f.empty) {
    buf_ += '\n';
    buf_.append(frames_.size() - 1, ' ');
  }
  buf_ += f.kind == Kind::array ? ']' : '}';
  maybe_flush();
}

void JsonTreeWriter::text(std::string_view name, std::string_view value) {
  member(name);
  append_json_string(buf_, value);
  maybe_flush();
}

void JsonTreeWriter::integer(std::string_view name, std::int64_t value) {
  member(name);
  const auto digits = fmt::format_int(value);
  buf_.append(digits.data(), digits.size());
  maybe_flush();
}

void JsonTreeWriter::number(std::string_view name, std::string_view value) {
  member(name);
  if (value.empty()) {
    buf_ += "null";
  } else if (is_json_number(value)) {
    buf_ += value;
  } else {
    append_json_string(buf_, value);  // never invalid JSON, whatever a page shows
  }
  maybe_flush();
}

void JsonTreeWriter::money(std::string_view name, std::optional<Decimal> exact, std::string_view,
                           std::string_view currency) {
  member(name);
  if (exact) {
    append_json_string(buf_, exact->to_string());
  } else {
    buf_ += "null";
  }
  if (!currency.empty()) {
    key_.assign(name);
    key_ += "_currency";
    member(key_);
    append_json_string(buf_, currency);
  }
  maybe_flush();
}

void JsonTreeWriter::labelled(std::string_view name, std::string_view attr, std::int64_t id,
                              std::string_view label) {
  member(name);
  buf_ += '{';
  append_json_string(buf_, attr);
  buf_ += ':';
  const auto digits = fmt::format_int(id);
  buf_.append(digits.data(), digits.size());
  buf_ += ",\"text\":";
  append_json_string(buf_, label);
  buf_ += '}';
  maybe_flush();
}

void JsonTreeWriter::maybe_flush() {
  if (buf_.size() >= kChunk) {
    sink_(buf_);
    buf_.clear();
  }
}

void JsonTreeWriter::do_finish() {
  while (frames_.size() > 1) do_close();
  if (!frames_.empty()) buf_ += "}\n";
  frames_.clear();
  sink_(buf_);
  buf_.clear();
}

}  // namespace kolmi::output
