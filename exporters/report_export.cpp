#include "exporters/report_export.hpp"

#include <array>
#include <string_view>

#include "core/console/report_figures.hpp"
#include "core/output/csv_writer.hpp"
#include "exporters/document_letterhead.hpp"
#include "exporters/file_names.hpp"
#include "exporters/pdf/document_frame.hpp"
#include "exporters/pdf/document_words.hpp"
#include "exporters/pdf/font_locator.hpp"
#include "exporters/pdf/pdf_document.hpp"
#include "exporters/pdf/pdf_table.hpp"

namespace kolmi::exporters {

namespace {

using console::ReportDimension;

// The heading of a key column in words.
std::string_view key_heading(std::string_view column) {
  if (column == "user") return "User";
  if (column == "device") return "Device";
  if (column == "device_name") return "Device name";
  if (column == "provider") return "Provider";
  if (column == "prefix") return "Prefix";
  if (column == "destination") return "Destination";
  if (column == "group_id") return "Group id";
  if (column == "group") return "Group";
  if (column == "day") return "Day";
  if (column == "hour") return "Hour";
  return column;
}

// The figures as text, in the export's decimal mark; money with exactly
// the report's digits.
struct FigureTexts {
  std::array<std::string, 10> cells;
};
FigureTexts figure_texts(const console::ReportFigures& f, int digits, char mark) {
  auto marked = [mark](std::string s) {
    for (char& c : s) {
      if (c == '.') c = mark;
    }
    return s;
  };
  return {{std::to_string(f.calls), std::to_string(f.answered), marked(f.asr_percent), f.acd_seconds,
           std::to_string(f.billsec), marked(f.billed_minutes), pdf::fixed_money(f.revenue, digits, mark),
           pdf::fixed_money(f.cost, digits, mark), pdf::fixed_money(f.profit, digits, mark),
           marked(f.margin_percent)}};
}

std::array<std::string, 10> figure_headings(const std::string& currency) {
  return {"Calls",          "Answered",  "ASR %",     "ACD (s)",           "Billsec",
          "Billed minutes", "Revenue, " + currency, "Cost, " + currency, "Profit, " + currency, "Margin %"};
}

constexpr std::array<std::string_view, 10> kPdfFigureHeadings = {
    "Calls", "Answered", "ASR %", "ACD s", "Billsec", "Billed min", "Revenue", "Cost", "Profit", "Margin %"};

std::string_view pdf_key_heading(ReportDimension d) {
  switch (d) {
    case ReportDimension::user:
      return "User";
    case ReportDimension::device:
      return "Device";
    case ReportDimension::provider:
      return "Provider";
    case ReportDimension::destination:
      return "Destination";
    case ReportDimension::group:
      return "Group";
    case ReportDimension::day:
      return "Day";
    case ReportDimension::hour:
      return "Hour";
  }
  return "";
}

// A line's keys (report.key_columns' texts; none for the totals) as the
// PDF's one text per dimension.
void pdf_keys(const console::Report& report, const std::vector<std::string>& keys, std::vector<std::string>& out) {
  std::size_t at = 0;
  for (std::size_t d = 0; d < report.dimensions.size(); ++d) {
    auto key = [&](std::size_t i) -> const std::string& {
      static const std::string kNone;
      return at + i < keys.size() ? keys[at + i] : kNone;
    };
    std::string& text = out[d];
    switch (report.dimensions[d]) {
      case ReportDimension::device:  // "SIP/302 (5)"
      case ReportDimension::group:   // "Bulgaria (17)"
        text = key(1);
        if (!key(0).empty()) text += (text.empty() ? "(" : " (") + key(0) + ")";
        at += 2;
        break;
      case ReportDimension::destination:  // "4420 United Kingdom London"
        text = key(0);
        if (!key(1).empty()) text += (text.empty() ? "" : " ") + key(1);
        at += 2;
        break;
      default:
        text = key(0);
        at += 1;
        break;
    }
  }
}

std::string dimensions_text(const console::Report& report, std::string_view separator) {
  std::string s;
  for (ReportDimension d : report.dimensions) {
    if (!s.empty()) s += separator;
    s += console::dimension_word(d);
  }
  return s;
}

}  // namespace

std::string report_file_name(const console::Report& report, ExportFormat format) {
  return "Report-" + safe_name_part(dimensions_text(report, "-")) + "-" +
         safe_name_part(report.period_from.substr(0, 10)) + "-" + safe_name_part(report.period_till.substr(0, 10)) +
         "-" + safe_name_part(report.money.currency) + "." + std::string(extension(format));
}

void write_report_csv(const console::Report& report, const ByteSink& sink, const CsvOptions& options) {
  output::CsvWriter csv(sink, options.separator);
  if (options.bom) csv.bom();
  for (std::string_view c : report.key_columns) csv.plain_field(key_heading(c));
  for (const std::string& h : figure_headings(report.money.currency)) csv.plain_field(h);
  csv.end_row();
  auto row = [&](const std::vector<std::string>& keys, const store::ReportSums& sums) {
    // Names come from data (made safe); numbers are kolmi's own text.
    for (const std::string& k : keys) csv.field(k);
    const FigureTexts t = figure_texts(console::report_figures(sums, report.money), report.money.digits,
                                       options.decimal);
    for (const std::string& cell : t.cells) csv.plain_field(cell);
    csv.end_row();
  };
  for (const console::ReportLine& line : report.lines) row(line.keys, line.sums);
  std::vector<std::string> total(report.key_columns.size());
  if (!total.empty()) total.front() = "Total";
  row(total, report.total);
  csv.flush();
}

void write_report_pdf(const console::Report& report, const ReportDocumentFacts& facts, const ByteSink& sink,
                      const PdfOptions& options) {
  const pages::Lang lang = pages::Lang::en;
  const std::string font = pdf::locate_font(options.font_path);
  const char mark = pdf::decimal_mark(lang);
  const int digits = report.money.digits;
  pdf::Document doc;
  const pdf::Fonts fonts = doc.load_font(font);

  const std::string title = "Aggregate report";
  pdf::Letterhead h;
  h.title = title;
  h.logo = facts.logo ? &*facts.logo : nullptr;
  add_issuer(h, lang, facts.issuer);
  h.facts.emplace_back("Issue date", pdf::date_words(facts.issue_date, lang));
  h.facts.emplace_back("Period", pdf::date_words(report.period_from, lang) + " \u2014");
  h.facts.emplace_back("", pdf::date_words(report.period_till, lang));
  h.facts.emplace_back("Time zone", report.time_zone);
  h.facts.emplace_back("Currency", report.money.currency);
  h.facts.emplace_back("Grouped by", dimensions_text(report, ", "));
  for (const auto& [label, value] : facts.filters) h.facts.emplace_back(label, value);
  pdf::Sheet head(doc, fonts);
  float top = pdf::lay_out_letterhead(head, h);
  head.text(pdf::kMargin, top, 7.5f,
            "ACD: talk time per answered call. Cost 0 for calls without a buy price. Margin: profit / revenue.");
  top += 8;

  // A4 holds about a dozen columns: the PDF shows each key in one column
  // ("4420 United Kingdom London", "SIP/302 (5)") and short headings (the
  // currency is among the facts).
  std::vector<pdf::Column> columns;
  for (ReportDimension d : report.dimensions) {
    const bool text = d != ReportDimension::day && d != ReportDimension::hour;
    columns.push_back({std::string(pdf_key_heading(d)), pdf::Align::left, text, text});
  }
  const std::size_t keys = columns.size();
  for (std::size_t k = 0; k < kPdfFigureHeadings.size(); ++k) {
    const bool decimal = k == 2 || k >= 5;
    columns.push_back({std::string(kPdfFigureHeadings[k]), decimal ? pdf::Align::decimal : pdf::Align::right});
  }
  pdf::Table table(doc, fonts, std::move(columns), top, mark);
  const FigureTexts total = figure_texts(console::report_figures(report.total, report.money), digits, mark);
  // The totals are the widest numbers: the columns are made wide enough for them.
  for (std::size_t k = 0; k < total.cells.size(); ++k) table.measure(keys + k, total.cells[k]);

  std::vector<std::string> key_texts(keys);
  std::vector<std::string_view> cells(keys + total.cells.size());
  auto fill = [&](const std::vector<std::string>& line_keys, const FigureTexts& t) {
    pdf_keys(report, line_keys, key_texts);
    for (std::size_t k = 0; k < keys; ++k) cells[k] = key_texts[k];
    for (std::size_t k = 0; k < t.cells.size(); ++k) cells[keys + k] = t.cells[k];
  };
  std::int64_t count = 0;
  for (const console::ReportLine& line : report.lines) {
    const FigureTexts t = figure_texts(console::report_figures(line.sums, report.money), digits, mark);
    fill(line.keys, t);
    table.add_row(cells);
    if (++count % 10'000 == 0 && options.progress) options.progress(count);
  }
  fill({}, total);
  cells[0] = "Total";
  table.add_total_row(cells);
  if (options.progress) options.progress(count);

  const std::string subject =
      title + ", " + report.period_from + " \u2014 " + report.period_till + " (" + report.time_zone + ")";
  finish_document(doc, fonts, table, head, title, lang, facts.issuer, subject);
  doc.save(sink);
}

}  // namespace kolmi::exporters
