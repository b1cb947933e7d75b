#pragma once
// Free-form drawing on a page laid out before the page exists: texts (one
// line each, cut with "…" to a width), filled rectangles, rules and an
// image, at positions measured from the page's top. Blocks of a document
// (the letterhead, a summary) lay themselves out into a Sheet, which says
// how tall they are (so the table knows where page 1's rows start); the
// Sheet draws them onto the page at the end. Texts are measured with the
// document's font, so right-aligned and decimal-aligned texts land exactly.
#include <hpdf.h>

#include <string>
#include <string_view>
#include <vector>

#include "exporters/pdf/logo.hpp"
#include "exporters/pdf/pdf_document.hpp"
#include "exporters/pdf/text_fit.hpp"

namespace kolmi::exporters::pdf {

// A4 portrait, points.
inline constexpr float kPageWidth = 595.276f;
inline constexpr float kPageHeight = 841.89f;
inline constexpr float kMargin = 36.0f;
inline constexpr float kContentWidth = kPageWidth - 2 * kMargin;

enum class TextAlign { left, right };

class Sheet {
 public:
  // `doc` and `fonts` must outlive the sheet.
  Sheet(Document& doc, const Fonts& fonts);

  // The width of `text` at `size` points, as drawn.
  float width(std::string_view text, float size);
  // A line of text whose baseline is `baseline` points below the page's
  // top: from `x` rightwards (left), or ending at `x` (right); cut with "…"
  // to `max_width`. Returns the width drawn.
  float text(float x, float baseline, float size, std::string_view text, TextAlign align = TextAlign::left,
             float max_width = kContentWidth);
  // A filled rectangle, `top` points below the page's top; gray 0 (black) to 1.
  void fill(float x, float top, float w, float h, float gray);
  // A horizontal rule `y` points below the page's top.
  void rule(float x1, float x2, float y, float line_width = 0.5f, float gray = 0);
  // The logo scaled into a box of `max_w` x `max_h` (aspect kept), its top
  // left corner at (x, top). Throws Error(storage) naming the file when
  // libharu cannot read the image.
  void image(const Logo& logo, float x, float top, float max_w, float max_h);

  // Draws everything onto `page`. Throws Error(storage).
  void draw(HPDF_Page page);

  // Forgets what was laid out (to reuse the sheet for another page).
  void clear() {
    texts_.clear();
    rects_.clear();
    images_.clear();
  }

  GlyphWidths& glyphs() { return widths_; }

 private:
  struct TextOp {
    float x, baseline, size;
    std::string text;
    bool ascii;
  };
  struct RectOp {
    float x, top, w, h, gray;
    bool stroke;  // a rule (h: line width) rather than a filled rectangle
  };
  struct ImageOp {
    HPDF_Image image;
    float x, top, w, h;
  };

  Document& doc_;
  Fonts fonts_;
  GlyphWidths widths_;
  std::vector<TextOp> texts_;
  std::vector<RectOp> rects_;
  std::vector<ImageOp> images_;
};

}  // namespace kolmi::exporters::pdf
