#include "core/text/message_text.hpp"

#include <cstdint>
#include <vector>

#include <fmt/format.h>

#include "core/text/utf8.hpp"

namespace kolmi::text {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

// Code points a terminal may act on although they are valid UTF-8: C1
// controls (0x9B is a CSI on some terminals), line and paragraph
// separators, and the bidi embeddings, overrides and isolates that reorder
// what is shown around them.
bool is_hidden_control(char32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

// Calls piece(text) for each shown character of `s`: a kept character, or
// one whole escape, so a cut between pieces never splits either.
template <typename Piece>
void for_each_piece(std::string_view s, bool escape_backslash, Piece piece) {
  char buf[8];
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      if (c == '\\' && escape_backslash) {
        piece(std::string_view("\\\\"));
      } else {
        piece(s.substr(i, 1));
      }
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      piece(c == '\n'   ? std::string_view("\\n")
            : c == '\r' ? std::string_view("\\r")
                        : std::string_view("\\t"));
      ++i;
      continue;
    }
    if (c < 0x80) {  // other C0 controls and DEL
      auto end = fmt::format_to(buf, "\\x{:02x}", c);
      piece(std::string_view(buf, static_cast<std::size_t>(end - buf)));
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = utf8_sequence(s, i, cp);
    if (len == 0) {
      auto end = fmt::format_to(buf, "\\x{:02x}", c);
      piece(std::string_view(buf, static_cast<std::size_t>(end - buf)));
      ++i;
    } else if (is_hidden_control(cp)) {
      auto end = fmt::format_to(buf, "\\u{:04x}", static_cast<std::uint32_t>(cp));
      piece(std::string_view(buf, static_cast<std::size_t>(end - buf)));
      i += len;
    } else {
      piece(s.substr(i, len));
      i += len;
    }
  }
}

// Characters in a piece: 1 for a kept character, the escape's length else.
std::size_t chars_of(std::string_view piece) {
  return piece.size() > 1 && piece[0] == '\\' ? piece.size() : 1;
}

}  // namespace

std::string shown(std::string_view value, std::size_t max_chars) {
  std::string out;
  out.reserve(value.size() < max_chars ? value.size() : max_chars);
  std::size_t chars = 0;
  bool cut = false;
  for_each_piece(value, true, [&](std::string_view piece) {
    if (cut) return;
    const std::size_t n = chars_of(piece);
    if (chars + n > max_chars) {
      cut = true;
      return;
    }
    out += piece;
    chars += n;
  });
  if (cut) out += kEllipsis;
  return out;
}

std::string one_line(std::string_view message, std::size_t max_chars) {
  std::string out;
  out.reserve(message.size());
  // Byte offset in `out` where each piece ends, and the characters up to it.
  std::vector<std::pair<std::size_t, std::size_t>> ends;
  std::size_t chars = 0;
  for_each_piece(message, false, [&](std::string_view piece) {
    out += piece;
    chars += chars_of(piece);
    ends.emplace_back(out.size(), chars);
  });
  if (chars <= max_chars) return out;
  // Keep about three quarters from the start, the rest from the end.
  const std::size_t budget = max_chars - 1;  // the ellipsis
  const std::size_t head_chars = budget - budget / 4;
  const std::size_t tail_chars = budget / 4;
  std::size_t head_end = 0;
  for (const auto& [end, upto] : ends) {
    if (upto > head_chars) break;
    head_end = end;
  }
  std::size_t tail_start = out.size();
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    if (chars - it->second > tail_chars) break;
    tail_start = it->first;
  }
  std::string result = out.substr(0, head_end);
  result += kEllipsis;
  result.append(out, tail_start);
  return result;
}

}  // namespace kolmi::text
