#pragma once
// A paged table on A4: a title on the first page, a header row repeated at
// the top of every page, body rows, an optional closing (total) row under a
// rule, and "page/total" centred at the foot of every page. Cell texts are
// shortened with "…" to fit their column (plus blank cells beside them, see
// add_row), so nothing overlaps.
//
// Rows are drawn a page at a time: a page's rows are buffered, then drawn
// column by column inside one text object (the first cell of a left-aligned
// column is placed, the others follow with the "next line" operator), which
// keeps libharu's per-call cost and the content stream small. Page numbers
// and the title are drawn last, on pages kept from before (libharu keeps
// every page's content open until the document is saved), so the total is
// the real page count and the title can show the real row count.
#include <hpdf.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/pdf/pdf_document.hpp"
#include "exporters/pdf/text_fit.hpp"

namespace kolmi::exporters::pdf {

enum class Align { left, right };

struct Column {
  std::string heading;
  float width = 0;  // relative: the columns are scaled to fill the page's width
  Align align = Align::left;
};

struct Title {
  std::string heading;             // larger type
  std::vector<std::string> lines;  // as many as the table was told to keep room for, at most
};

class Table {
 public:
  static constexpr float kPageWidth = 595.276f;  // A4 portrait, points
  static constexpr float kPageHeight = 841.89f;
  static constexpr float kMargin = 36.0f;
  static constexpr float kContentWidth = kPageWidth - 2 * kMargin;

  // `doc` and `fonts` must outlive the table. `title_lines`: the number of
  // lines under the heading that finish() will draw on the first page.
  Table(Document& doc, const Fonts& fonts, std::vector<Column> columns, int title_lines);

  // Adds a body row: one text per column (fewer leave the last cells blank).
  // A text too wide for its column may also use as many of the blank cells
  // next to it as it needs: to its right when its column is left-aligned, to
  // its left when right-aligned, each blank cell for one text only. Throws
  // Error(storage) for a libharu failure.
  void add_row(std::span<const std::string_view> cells);
  // Adds the closing row (e.g. totals) under a rule; at most once, last.
  void add_total_row(std::span<const std::string_view> cells);
  // Draws what is buffered, the title on the first page and "page/total" on
  // every page. Call once, before Document::save. Throws Error(storage).
  void finish(const Title& title);

  std::size_t page_count() const { return pages_.size(); }

 private:
  struct Cell {
    std::uint32_t offset = 0;  // of the NUL-terminated text in arena_
    float width = 0;
    bool ascii = true;
    bool shortened = false;
  };

  Cell fit(std::string_view text, float max_width, float size, std::string& arena);
  void add(std::span<const std::string_view> cells);
  std::size_t capacity() const;  // body rows the next page holds
  float table_top() const;       // top of the header row of the next page
  void flush_page();
  void draw_column(HPDF_Page page, std::size_t column, float top);
  void use_font(HPDF_Page page, bool ascii, float size);
  void draw_title(const Title& title);
  void draw_page_numbers();

  Document& doc_;
  Fonts fonts_;
  GlyphWidths widths_;
  std::vector<Column> columns_;
  std::vector<float> column_x_;
  int title_lines_;
  std::vector<HPDF_Page> pages_;

  std::string header_arena_;
  std::vector<Cell> header_;  // one per column
  // The rows of the page being filled, texts in arena_.
  std::string arena_;
  std::vector<Cell> cells_;  // rows x columns
  std::size_t rows_ = 0;     // body rows buffered
  bool has_total_ = false;   // the last buffered row is the total row
  bool finished_ = false;

  HPDF_Font current_font_ = nullptr;  // in the text object being written
  float current_size_ = 0;
};

}  // namespace kolmi::exporters::pdf
