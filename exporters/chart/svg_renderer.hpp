#pragma once
// A chart drawing as a standalone SVG 1.1 document, written as text (no
// library): one element per shape, in order, coordinates in points with two
// decimals. Every text goes through the XML escaper (core/xml), so a name
// such as "A & B <x>" stays text. Shapes that stand for data carry
// class="bar calls" / "bar minutes" / "line asr" / "dot asr" and
// data-date, data-value attributes; a legend's keys class="key legend"
// with the series in data-value.
#include "exporters/chart/chart_drawing.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters::chart {

// Writes the document into `sink`; what the sink throws propagates.
void write_svg(const Drawing& drawing, const ByteSink& sink);

}  // namespace kolmi::exporters::chart
