#pragma once
// Fitting text into table cells: glyph widths looked up once per character,
// and text cut at a character boundary with "…" when it is too wide. Knows
// nothing of libharu (the widths come from a lookup function), so it is
// tested on its own.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kolmi::exporters::pdf {

// A font's advance widths in 1/1000 em (PDF text space units), each
// character asked of `lookup` once and then served from a table.
class GlyphWidths {
 public:
  using Lookup = std::function<int(char32_t)>;
  explicit GlyphWidths(Lookup lookup);

  // The width of code point `cp` (below kFirstUnsupported).
  int operator()(char32_t cp) {
    if (cp < 0x80) return ascii_[cp];
    return other(cp);
  }

 private:
  int other(char32_t cp);

  Lookup lookup_;
  std::array<int, 0x80> ascii_{};
  std::vector<std::int32_t> other_;  // indexed by code point; -1: not asked yet
};

// libharu's UTF-8 encoder maps code points below U+D000 only (its code space
// ends with the lead byte 0xEC); everything from here on is shown as '?'.
inline constexpr char32_t kFirstUnsupported = 0xD000;

struct FittedText {
  float width = 0;         // in points at the font size
  bool ascii = true;       // only printable ASCII: a one-byte font can show it
  bool shortened = false;  // cut, with "…" at the end
};

// Appends `text` to `out` as a cell shows it, and returns its width:
//  - invalid UTF-8 bytes and characters from kFirstUnsupported up become
//    '?', control characters (C0, DEL, C1) become spaces;
//  - when wider than `max_width` points at `font_size`, the text is cut
//    after the last whole character that leaves room for "…", trailing
//    spaces are dropped and "…" is appended (just "…" when nothing else
//    fits, nothing when not even that fits).
// Never cuts inside a multibyte character; allocates only when `out` grows.
FittedText fit_text(std::string_view text, float max_width, float font_size, GlyphWidths& widths,
                    std::string& out);

}  // namespace kolmi::exporters::pdf
