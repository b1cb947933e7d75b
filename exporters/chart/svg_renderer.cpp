#include "exporters/chart/svg_renderer.hpp"

#include <iterator>
#include <string>

#include <fmt/format.h>

#include "core/xml/xml_writer.hpp"

namespace kolmi::exporters::chart {

namespace {

std::string hex(Color c) {
  return fmt::format("#{:02x}{:02x}{:02x}", c.r, c.g, c.b);
}

std::string_view anchor_name(Anchor a) {
  switch (a) {
    case Anchor::start:
      return "start";
    case Anchor::middle:
      return "middle";
    case Anchor::end:
      return "end";
  }
  return "start";
}

class SvgWriter {
 public:
  explicit SvgWriter(std::string& out) : out_(out) {}

  void operator()(const Rect& r) {
    out_ += "<rect";
    data_attributes("bar", r.data);
    fmt::format_to(std::back_inserter(out_), " x=\"{:.2f}\" y=\"{:.2f}\" width=\"{:.2f}\" height=\"{:.2f}\" fill=\"{}\"/>\n",
                   r.x, r.y, r.width, r.height, hex(r.fill));
  }
  void operator()(const Line& l) {
    fmt::format_to(std::back_inserter(out_),
                   "<line x1=\"{:.2f}\" y1=\"{:.2f}\" x2=\"{:.2f}\" y2=\"{:.2f}\" stroke=\"{}\" stroke-width=\"{:.2f}\"/>\n",
                   l.x1, l.y1, l.x2, l.y2, hex(l.color), l.width);
  }
  void operator()(const Polyline& p) {
    out_ += "<polyline";
    data_attributes("line", p.data);
    out_ += " points=\"";
    bool first = true;
    for (const auto& [x, y] : p.points) {
      fmt::format_to(std::back_inserter(out_), "{}{:.2f},{:.2f}", first ? "" : " ", x, y);
      first = false;
    }
    fmt::format_to(std::back_inserter(out_),
                   "\" fill=\"none\" stroke=\"{}\" stroke-width=\"{:.2f}\" stroke-linejoin=\"round\"/>\n",
                   hex(p.color), p.width);
  }
  void operator()(const Dot& d) {
    out_ += "<circle";
    data_attributes("dot", d.data);
    fmt::format_to(std::back_inserter(out_), " cx=\"{:.2f}\" cy=\"{:.2f}\" r=\"{:.2f}\" fill=\"{}\"/>\n", d.x, d.y,
                   d.radius, hex(d.fill));
  }
  void operator()(const Text& t) {
    fmt::format_to(std::back_inserter(out_),
                   "<text class=\"{}\" x=\"{:.2f}\" y=\"{:.2f}\" font-size=\"{:.1f}\" text-anchor=\"{}\" fill=\"{}\">",
                   t.role.empty() ? "label" : t.role, t.x, t.y, t.size, anchor_name(t.anchor), hex(t.color));
    xml::append_escaped(out_, t.text);
    out_ += "</text>\n";
  }

 private:
  // class="KIND SERIES" data-date=".." data-value=".." for a shape that
  // stands for data; nothing for decoration.
  void data_attributes(std::string_view kind, const DataRef& data) {
    if (data.series.empty()) return;
    out_ += " class=\"";
    out_ += data.series == "legend" ? "key" : kind;  // a legend's key stands for a series, not a value
    out_ += ' ';
    xml::append_escaped(out_, data.series);
    out_ += '"';
    if (!data.date.empty()) {
      out_ += " data-date=\"";
      xml::append_escaped(out_, data.date);
      out_ += '"';
    }
    if (!data.value.empty()) {
      out_ += " data-value=\"";
      xml::append_escaped(out_, data.value);
      out_ += '"';
    }
  }

  std::string& out_;
};

}  // namespace

void write_svg(const Drawing& drawing, const ByteSink& sink) {
  std::string out;
  out.reserve(64 * 1024);
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  fmt::format_to(std::back_inserter(out),
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0:.2f}pt\" "
                 "height=\"{1:.2f}pt\" viewBox=\"0 0 {0:.2f} {1:.2f}\" "
                 "font-family=\"DejaVu Sans, Verdana, sans-serif\">\n",
                 drawing.width, drawing.height);
  out += "<title>";
  xml::append_escaped(out, drawing.title);
  out += "</title>\n";
  out += "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  SvgWriter writer(out);
  for (const Shape& shape : drawing.shapes) {
    std::visit(writer, shape);
    if (out.size() > 60 * 1024) {
      sink(out);
      out.clear();
    }
  }
  out += "</svg>\n";
  sink(out);
}

}  // namespace kolmi::exporters::chart
