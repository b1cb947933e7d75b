#pragma once
// A chart drawing as a one-page PDF through libharu's vector operations
// (rectangles, lines, circles, text in the embedded DejaVu Sans, so
// Cyrillic shows), the page as large as the drawing (A4 landscape for the
// statistics chart). The drawing's y axis points down; PDF's points up, so
// every y is turned over here and nowhere else.
#include <string>

#include "exporters/chart/chart_drawing.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters::chart {

// Writes the document into `sink`, its Title the drawing's title.
// `font_path`: a TrueType font file; empty: DejaVu Sans through fontconfig.
// Throws Error(storage) when the font cannot be found or loaded and for a
// libharu failure; the sink's errors propagate.
void write_chart_pdf(const Drawing& drawing, const ByteSink& sink, const std::string& font_path);

}  // namespace kolmi::exporters::chart
