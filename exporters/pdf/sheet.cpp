#include "exporters/pdf/sheet.hpp"

#include <algorithm>

namespace kolmi::exporters::pdf {

Sheet::Sheet(Document& doc, const Fonts& fonts)
    : doc_(doc), fonts_(fonts), widths_([font = fonts.utf8](char32_t cp) {
        return static_cast<int>(haru().HPDF_Font_GetUnicodeWidth(font, static_cast<HPDF_UNICODE>(cp)));
      }) {}

float Sheet::width(std::string_view text, float size) {
  std::string scratch;
  return fit_text(text, 1e9f, size, widths_, scratch).width;
}

float Sheet::text(float x, float baseline, float size, std::string_view text, TextAlign align, float max_width) {
  TextOp op{x, baseline, size, {}, true};
  const FittedText fitted = fit_text(text, max_width, size, widths_, op.text);
  op.ascii = fitted.ascii;
  if (align == TextAlign::right) op.x = x - fitted.width;
  if (!op.text.empty()) texts_.push_back(std::move(op));
  return fitted.width;
}

void Sheet::fill(float x, float top, float w, float h, float gray) {
  rects_.push_back({x, top, w, h, gray, false});
}

void Sheet::rule(float x1, float x2, float y, float line_width, float gray) {
  rects_.push_back({x1, y, x2 - x1, line_width, gray, true});
}

void Sheet::image(const Logo& logo, float x, float top, float max_w, float max_h) {
  const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(logo.bytes.data());
  const auto size = static_cast<HPDF_UINT>(logo.bytes.size());
  const std::string what = "reading the logo file " + logo.path;
  HPDF_Image image = logo.type == Logo::Type::png ? haru().HPDF_LoadPngImageFromMem(doc_.get(), bytes, size)
                                                  : haru().HPDF_LoadJpegImageFromMem(doc_.get(), bytes, size);
  doc_.checked(image, what.c_str());
  const float iw = static_cast<float>(haru().HPDF_Image_GetWidth(image));
  const float ih = static_cast<float>(haru().HPDF_Image_GetHeight(image));
  if (iw <= 0 || ih <= 0) doc_.fail(HPDF_OK, what.c_str());
  const float scale = std::min(max_w / iw, max_h / ih);
  images_.push_back({image, x, top, iw * scale, ih * scale});
}

void Sheet::draw(HPDF_Page page) {
  const auto& h = haru();
  for (const RectOp& r : rects_) {
    if (r.stroke) {
      doc_.check(h.HPDF_Page_SetGrayStroke(page, r.gray), "HPDF_Page_SetGrayStroke");
      doc_.check(h.HPDF_Page_SetLineWidth(page, r.h), "HPDF_Page_SetLineWidth");
      doc_.check(h.HPDF_Page_MoveTo(page, r.x, kPageHeight - r.top), "HPDF_Page_MoveTo");
      doc_.check(h.HPDF_Page_LineTo(page, r.x + r.w, kPageHeight - r.top), "HPDF_Page_LineTo");
      doc_.check(h.HPDF_Page_Stroke(page), "HPDF_Page_Stroke");
    } else {
      doc_.check(h.HPDF_Page_SetGrayFill(page, r.gray), "HPDF_Page_SetGrayFill");
      doc_.check(h.HPDF_Page_Rectangle(page, r.x, kPageHeight - r.top - r.h, r.w, r.h), "HPDF_Page_Rectangle");
      doc_.check(h.HPDF_Page_Fill(page), "HPDF_Page_Fill");
    }
  }
  doc_.check(h.HPDF_Page_SetGrayStroke(page, 0), "HPDF_Page_SetGrayStroke");
  for (const ImageOp& i : images_) {
    doc_.check(h.HPDF_Page_DrawImage(page, i.image, i.x, kPageHeight - i.top - i.h, i.w, i.h),
               "HPDF_Page_DrawImage");
  }
  if (texts_.empty()) return;
  doc_.check(h.HPDF_Page_SetGrayFill(page, 0), "HPDF_Page_SetGrayFill");
  doc_.check(h.HPDF_Page_BeginText(page), "HPDF_Page_BeginText");
  HPDF_Font current = nullptr;
  float current_size = 0;
  for (const TextOp& t : texts_) {
    HPDF_Font font = t.ascii ? fonts_.ascii : fonts_.utf8;
    if (font != current || t.size != current_size) {
      doc_.check(h.HPDF_Page_SetFontAndSize(page, font, t.size), "HPDF_Page_SetFontAndSize");
      current = font;
      current_size = t.size;
    }
    doc_.check(h.HPDF_Page_TextOut(page, t.x, kPageHeight - t.baseline, t.text.c_str()), "HPDF_Page_TextOut");
  }
  doc_.check(h.HPDF_Page_EndText(page), "HPDF_Page_EndText");
}

}  // namespace kolmi::exporters::pdf
