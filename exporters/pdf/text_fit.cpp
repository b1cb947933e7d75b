#include "exporters/pdf/text_fit.hpp"

#include <cmath>
#include <utility>

namespace kolmi::exporters::pdf {

namespace {

constexpr char32_t kEllipsis = U'\u2026';
constexpr std::string_view kEllipsisUtf8 = "\u2026";

// Decodes one UTF-8 character at the start of `s` (not empty). Returns the
// code point and its length in bytes; an invalid sequence (bad lead or
// continuation byte, overlong form, surrogate, beyond U+10FFFF, cut short)
// yields {0xFFFFFFFF, 1} so the caller skips one byte.
std::pair<char32_t, std::size_t> decode(std::string_view s) {
  constexpr std::pair<char32_t, std::size_t> kInvalid{0xFFFFFFFF, 1};
  const auto b0 = static_cast<unsigned char>(s[0]);
  if (b0 < 0x80) return {b0, 1};
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return kInvalid;
  }
  if (s.size() < len) return kInvalid;
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b & 0xC0) != 0x80) return kInvalid;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalid;
  return {cp, len};
}

// What the cell shows for code point `cp` (see fit_text).
char32_t shown(char32_t cp) {
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return U' ';
  if (cp >= kFirstUnsupported) return U'?';
  return cp;
}

void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {  // below kFirstUnsupported: three bytes at most
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

GlyphWidths::GlyphWidths(Lookup lookup) : lookup_(std::move(lookup)) {
  for (char32_t cp = 0; cp < 0x80; ++cp) ascii_[cp] = lookup_(cp);
}

int GlyphWidths::other(char32_t cp) {
  if (cp >= kFirstUnsupported) return lookup_(cp);
  if (other_.empty()) other_.assign(kFirstUnsupported, -1);
  std::int32_t& w = other_[cp];
  if (w < 0) w = lookup_(cp);
  return w;
}

FittedText fit_text(std::string_view text, float max_width, float font_size, GlyphWidths& widths,
                    std::string& out) {
  const float scale = font_size / 1000.0f;
  // Widths add up in whole font units, so the comparison is exact.
  const auto limit = static_cast<std::int64_t>(std::floor(max_width / scale));
  const std::size_t start = out.size();

  // Fast path: printable ASCII that fits, the common case by far.
  std::int64_t total = 0;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x20 || b >= 0x7F) break;
    total += widths(b);
  }
  if (i == text.size() && total <= limit) {
    out.append(text);
    return {static_cast<float>(total) * scale, true, false};
  }

  const int ellipsis = widths(kEllipsis);
  FittedText result;
  total = 0;
  std::size_t cut = start;     // out.size() at the last point where "…" still fits
  std::int64_t cut_total = 0;  // the width there
  bool cut_ascii = true;
  i = 0;
  while (i < text.size()) {
    auto [cp, len] = decode(text.substr(i));
    const char32_t c = cp == 0xFFFFFFFF ? U'?' : shown(cp);
    const int w = widths(c);
    if (total + w > limit) {
      // Too wide: back to the last cut point, without trailing spaces.
      out.resize(cut);
      while (out.size() > start && out.back() == ' ') {
        out.pop_back();
        cut_total -= widths(U' ');
      }
      result.shortened = true;
      result.ascii = false;
      if (cut_total + ellipsis <= limit) {
        out += kEllipsisUtf8;
        cut_total += ellipsis;
      } else {
        result.ascii = cut_ascii;  // nothing fits, not even "…"
      }
      result.width = static_cast<float>(cut_total) * scale;
      return result;
    }
    if (c == cp && len > 1) {
      out.append(text.substr(i, len));  // valid and shown as it is
    } else {
      append_utf8(c, out);
    }
    result.ascii = result.ascii && c < 0x80;
    total += w;
    if (total + ellipsis <= limit) {
      cut = out.size();
      cut_total = total;
      cut_ascii = result.ascii;
    }
    i += len;
  }
  result.width = static_cast<float>(total) * scale;
  return result;
}

}  // namespace kolmi::exporters::pdf
