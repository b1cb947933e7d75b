#include "exporters/chart/pdf_renderer.hpp"

#include <string>

#include "exporters/pdf/font_locator.hpp"
#include "exporters/pdf/pdf_document.hpp"
#include "exporters/pdf/text_fit.hpp"

namespace kolmi::exporters::chart {

namespace {

constexpr float kNoLimit = 1e6f;  // points: far wider than any page

HPDF_REAL real(double v) {
  return static_cast<HPDF_REAL>(v);
}
HPDF_REAL channel(std::uint8_t c) {
  return static_cast<HPDF_REAL>(c) / 255.0f;
}

class PdfPainter {
 public:
  PdfPainter(pdf::Document& doc, HPDF_Page page, const pdf::Fonts& fonts, double height)
      : doc_(doc),
        page_(page),
        fonts_(fonts),
        height_(height),
        widths_([font = fonts.utf8](char32_t cp) {
          return static_cast<int>(pdf::haru().HPDF_Font_GetUnicodeWidth(font, static_cast<HPDF_UNICODE>(cp)));
        }) {}

  void operator()(const Rect& r) {
    if (!(r.width > 0) || !(r.height > 0)) return;  // a day of 0: nothing to see
    fill(r.fill);
    doc_.check(h().HPDF_Page_Rectangle(page_, real(r.x), real(height_ - r.y - r.height), real(r.width),
                                       real(r.height)),
               "HPDF_Page_Rectangle");
    doc_.check(h().HPDF_Page_Fill(page_), "HPDF_Page_Fill");
  }
  void operator()(const Line& l) {
    stroke(l.color, l.width);
    doc_.check(h().HPDF_Page_MoveTo(page_, real(l.x1), real(height_ - l.y1)), "HPDF_Page_MoveTo");
    doc_.check(h().HPDF_Page_LineTo(page_, real(l.x2), real(height_ - l.y2)), "HPDF_Page_LineTo");
    doc_.check(h().HPDF_Page_Stroke(page_), "HPDF_Page_Stroke");
  }
  void operator()(const Polyline& p) {
    if (p.points.size() < 2) return;
    stroke(p.color, p.width);
    doc_.check(h().HPDF_Page_SetLineJoin(page_, HPDF_ROUND_JOIN), "HPDF_Page_SetLineJoin");
    bool first = true;
    for (const auto& [x, y] : p.points) {
      if (first) {
        doc_.check(h().HPDF_Page_MoveTo(page_, real(x), real(height_ - y)), "HPDF_Page_MoveTo");
      } else {
        doc_.check(h().HPDF_Page_LineTo(page_, real(x), real(height_ - y)), "HPDF_Page_LineTo");
      }
      first = false;
    }
    doc_.check(h().HPDF_Page_Stroke(page_), "HPDF_Page_Stroke");
    doc_.check(h().HPDF_Page_SetLineJoin(page_, HPDF_MITER_JOIN), "HPDF_Page_SetLineJoin");
  }
  void operator()(const Dot& d) {
    fill(d.fill);
    doc_.check(h().HPDF_Page_Circle(page_, real(d.x), real(height_ - d.y), real(d.radius)), "HPDF_Page_Circle");
    doc_.check(h().HPDF_Page_Fill(page_), "HPDF_Page_Fill");
  }
  void operator()(const Text& t) {
    // fit_text with room for any label (its limit must stay within an
    // int64 of font units): the text made showable (no control characters,
    // nothing libharu cannot encode) and measured.
    shown_.clear();
    const pdf::FittedText fitted = pdf::fit_text(t.text, kNoLimit, static_cast<float>(t.size), widths_, shown_);
    double x = t.x;
    if (t.anchor == Anchor::middle) x -= fitted.width / 2;
    if (t.anchor == Anchor::end) x -= fitted.width;
    fill(t.color);
    doc_.check(h().HPDF_Page_BeginText(page_), "HPDF_Page_BeginText");
    doc_.check(h().HPDF_Page_SetFontAndSize(page_, fitted.ascii ? fonts_.ascii : fonts_.utf8, real(t.size)),
               "HPDF_Page_SetFontAndSize");
    doc_.check(h().HPDF_Page_TextOut(page_, real(x), real(height_ - t.y), shown_.c_str()), "HPDF_Page_TextOut");
    doc_.check(h().HPDF_Page_EndText(page_), "HPDF_Page_EndText");
  }

 private:
  static const pdf::Libharu& h() { return pdf::haru(); }
  void fill(Color c) {
    doc_.check(h().HPDF_Page_SetRGBFill(page_, channel(c.r), channel(c.g), channel(c.b)), "HPDF_Page_SetRGBFill");
  }
  void stroke(Color c, double width) {
    doc_.check(h().HPDF_Page_SetRGBStroke(page_, channel(c.r), channel(c.g), channel(c.b)),
               "HPDF_Page_SetRGBStroke");
    doc_.check(h().HPDF_Page_SetLineWidth(page_, real(width)), "HPDF_Page_SetLineWidth");
  }

  pdf::Document& doc_;
  HPDF_Page page_;
  pdf::Fonts fonts_;
  double height_;
  pdf::GlyphWidths widths_;
  std::string shown_;
};

}  // namespace

void write_chart_pdf(const Drawing& drawing, const ByteSink& sink, const std::string& font_path) {
  const std::string font = pdf::locate_font(font_path);
  pdf::Document doc;
  const pdf::Fonts fonts = doc.load_font(font);
  const pdf::Libharu& h = pdf::haru();
  // Info strings go through the document's current encoder: UTF-8, so a
  // Russian title reaches the viewer's title bar intact (without an encoder
  // libharu writes the bytes as PDFDocEncoding, i.e. mojibake).
  doc.check(h.HPDF_SetCurrentEncoder(doc.get(), "UTF-8"), "HPDF_SetCurrentEncoder");
  doc.check(h.HPDF_SetInfoAttr(doc.get(), HPDF_INFO_TITLE, drawing.title.c_str()), "HPDF_SetInfoAttr");
  doc.check(h.HPDF_SetInfoAttr(doc.get(), HPDF_INFO_CREATOR, "kolmi"), "HPDF_SetInfoAttr");
  HPDF_Page page = doc.add_page();
  doc.check(h.HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_LANDSCAPE), "HPDF_Page_SetSize");
  PdfPainter painter(doc, page, fonts, drawing.height);
  for (const Shape& shape : drawing.shapes) std::visit(painter, shape);
  doc.save(sink);
}

}  // namespace kolmi::exporters::chart
