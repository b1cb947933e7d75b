#pragma once
// A chart as a list of shapes in points, the origin at the top left and y
// growing downwards (as in SVG; the PDF renderer turns it over). The layout
// (stats_chart_layout.hpp) makes one; each renderer (svg_renderer.hpp,
// pdf_renderer.hpp) draws it in order, so both files carry the very same
// coordinates. Shapes that stand for data carry what they stand for
// (series, date, value), which the SVG keeps as attributes for scripts and
// tests and the PDF ignores.
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kolmi::exporters::chart {

struct Color {
  std::uint8_t r = 0, g = 0, b = 0;
};

// What a shape stands for; all empty for decoration (axes, grid, labels).
struct DataRef {
  std::string series;  // "calls", "minutes", "asr"; "legend" for a legend's key
  std::string date;    // 'YYYY-MM-DD'
  std::string value;   // the value as the page shows it ("12", "3.5", "80")
};

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;  // top left corner and size
  Color fill;
  DataRef data;
};

struct Line {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color;
};

// An open line through the points, in order.
struct Polyline {
  std::vector<std::pair<double, double>> points;
  double width = 1;
  Color color;
  DataRef data;  // series only; the points' dates are those of the dots
};

struct Dot {
  double x = 0, y = 0, radius = 1;
  Color fill;
  DataRef data;
};

enum class Anchor { start, middle, end };

struct Text {
  double x = 0, y = 0;  // the baseline's start, middle or end (anchor)
  std::string text;     // UTF-8
  double size = 8;
  Anchor anchor = Anchor::start;
  Color color;
  std::string role;  // "title", "legend", "note", "tick", ...: for tests and styling
};

using Shape = std::variant<Rect, Line, Polyline, Dot, Text>;

struct Drawing {
  double width = 0;   // points
  double height = 0;
  std::string title;  // the document's title (the SVG's <title>)
  std::vector<Shape> shapes;  // drawn in order: later ones on top
};

}  // namespace kolmi::exporters::chart
