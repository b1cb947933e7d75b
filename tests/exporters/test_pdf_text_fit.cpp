#include <catch2/catch.hpp>

#include <string>

#include "exporters/pdf/text_fit.hpp"

using kolmi::exporters::pdf::fit_text;
using kolmi::exporters::pdf::GlyphWidths;

namespace {
// Every character 500 units wide (0.5 em), the ellipsis 1000: at size 10 a
// character is 5 points, "…" 10 points.
GlyphWidths fixed_widths() {
  return GlyphWidths([](char32_t cp) { return cp == U'\u2026' ? 1000 : 500; });
}
bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80             ? 1
                      : (b & 0xE0) == 0xC0 ? 2
                      : (b & 0xF0) == 0xE0 ? 3
                      : (b & 0xF8) == 0xF0 ? 4
                                           : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}
}  // namespace

TEST_CASE("text that fits its cell is kept as it is and measured", "[pdf]") {
  GlyphWidths widths = fixed_widths();
  std::string out = "x";  // appends after what is there
  auto fitted = fit_text("2024-01-31 23:59:59", 100, 10, widths, out);
  CHECK(out == "x2024-01-31 23:59:59");
  CHECK(fitted.width == Approx(95));
  CHECK(fitted.ascii);
  CHECK_FALSE(fitted.shortened);

  out.clear();
  fitted = fit_text("Иванов", 30, 10, widths, out);  // 6 x 5 points: exactly fits
  CHECK(out == "Иванов");
  CHECK(fitted.width == Approx(30));
  CHECK_FALSE(fitted.ascii);
  CHECK_FALSE(fitted.shortened);
}

TEST_CASE("text too wide for its cell is cut at a character boundary with an ellipsis", "[pdf]") {
  GlyphWidths widths = fixed_widths();
  std::string out;
  // 32 points: 4 characters (20) + "…" (10) fit, a fifth would not.
  auto fitted = fit_text("Российская Федерация", 32, 10, widths, out);
  CHECK(out == "Росс\u2026");
  CHECK(valid_utf8(out));
  CHECK(fitted.shortened);
  CHECK_FALSE(fitted.ascii);
  CHECK(fitted.width == Approx(30));
  CHECK(fitted.width <= 32);

  // Every width from nothing to the whole: always valid UTF-8, never wider.
  for (int w = 0; w <= 110; ++w) {
    out.clear();
    fitted = fit_text("Ab€—₽ Иван Иванович ₽", static_cast<float>(w), 10, widths, out);
    INFO("width " << w << ": " << out);
    CHECK(valid_utf8(out));
    CHECK(fitted.width <= static_cast<float>(w));
  }
}

TEST_CASE("the cut drops trailing spaces before the ellipsis", "[pdf]") {
  GlyphWidths widths = fixed_widths();
  std::string out;
  // 36 points: "ab  " (20) + "…" fits, the spaces go.
  auto fitted = fit_text("ab   cdefgh", 36, 10, widths, out);
  CHECK(out == "ab\u2026");
  CHECK(fitted.width == Approx(20));
}

TEST_CASE("only an ellipsis, or nothing, when the cell is tiny", "[pdf]") {
  GlyphWidths widths = fixed_widths();
  std::string out;
  auto fitted = fit_text("abc", 12, 10, widths, out);  // "a" + "…" = 15 > 12
  CHECK(out == "\u2026");
  CHECK(fitted.width == Approx(10));
  out.clear();
  fitted = fit_text("abc", 4, 10, widths, out);
  CHECK(out.empty());
  CHECK(fitted.width == 0);
}

TEST_CASE("bytes libharu cannot show are replaced", "[pdf]") {
  GlyphWidths widths = fixed_widths();
  std::string out;
  // Invalid UTF-8 (a lone continuation byte, a cut sequence), a control
  // character, and characters beyond libharu's UTF-8 code space (U+D000 up).
  fit_text(
      "a\x80"
      "b\tc\xE2\x82",
      1000, 10, widths, out);
  CHECK(out == "a?b c??");  // each invalid byte is one "?"
  out.clear();
  auto fitted = fit_text("ok \xF0\x9F\x98\x80 \xEF\xBF\xBD", 1000, 10, widths, out);  // 😀, U+FFFD
  CHECK(out == "ok ? ?");
  CHECK(fitted.ascii);
}

TEST_CASE("glyph widths are asked of the font once per character", "[pdf]") {
  int asked = 0;
  GlyphWidths widths([&](char32_t) {
    ++asked;
    return 600;
  });
  const int after_ascii = asked;  // the ASCII table is filled up front
  CHECK(after_ascii == 128);
  CHECK(widths(U'Ж') == 600);
  CHECK(widths(U'Ж') == 600);
  CHECK(widths(U'A') == 600);
  CHECK(asked == after_ascii + 1);
}
