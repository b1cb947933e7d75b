#pragma once
// A paged table on A4: a header row repeated at the top of every page, body
// rows on light bands (every other row), an optional closing (total) row
// under a rule and note rows after it. Page 1's rows start lower, under
// whatever the document puts above them (a letterhead, a summary: see
// pdf/sheet.hpp); the footers are the document's (pdf/document_frame.hpp).
//
// Column widths come from the content: the headings, texts the caller
// measures up front (every destination name a list will have, say) and the
// first kMeasureRows rows, which are held back until the widths are fixed
// (pdf/column_widths.hpp shares the page's width out). A later text wider
// than its column is shortened with "…" (or uses blank cells beside it, see
// add_row), so nothing overlaps.
//
// Money columns (Align::decimal) are aligned on the decimal mark: the mark
// of every cell, the total's included, sits at one x.
//
// Rows are drawn a page at a time: a page's rows are buffered, then drawn
// column by column inside one text object (the first cell of a left-aligned
// column is placed, the others follow with the "next line" operator), which
// keeps libharu's per-call cost and the content stream small.
#include <hpdf.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/pdf/pdf_document.hpp"
#include "exporters/pdf/sheet.hpp"
#include "exporters/pdf/text_fit.hpp"

namespace kolmi::exporters::pdf {

enum class Align { left, right, decimal };

struct Column {
  std::string heading;
  Align align = Align::left;
  bool shrinkable = false;  // free text that may be cut when the page is too narrow
  bool grows = false;       // takes a share of spare width
};

class Table {
 public:
  static constexpr float kFontSize = 8;
  static constexpr float kRowHeight = 11.5f;
  static constexpr std::size_t kMeasureRows = 1000;

  // `doc` and `fonts` must outlive the table. `first_page_top`: how far below
  // the page's top page 1's header row starts. `mark`: the decimal mark of
  // the money columns.
  Table(Document& doc, const Fonts& fonts, std::vector<Column> columns, float first_page_top, char mark);

  // Makes column `column` at least as wide as `text` needs; before the first
  // row only (later calls are ignored).
  void measure(std::size_t column, std::string_view text);
  // Adds a body row: one text per column (fewer leave the last cells blank).
  // A text too wide for its column may also use as many of the blank cells
  // next to it as it needs: to its right when its column is left-aligned, to
  // its left when right-aligned, each blank cell for one text only. Throws
  // Error(storage) for a libharu failure.
  void add_row(std::span<const std::string_view> cells);
  // Adds a closing row (a total) under a rule, after the body rows; an
  // invoice adds three (total, VAT, total with VAT), each under its own rule.
  void add_total_row(std::span<const std::string_view> cells);
  // A line of text under the total (e.g. how it is rounded), across the table.
  void add_note_row(std::string_view text);
  // Draws what is buffered. Call once, before the pages are framed and the
  // document saved. Throws Error(storage).
  void finish();

  const std::vector<HPDF_Page>& pages() const { return pages_; }
  // The left edges of the columns and their widths, once fixed (tests, frames).
  const std::vector<float>& column_x() const { return column_x_; }

 private:
  enum class RowKind : std::uint8_t { body, total, note };
  struct Cell {
    std::uint32_t offset = 0;  // of the NUL-terminated text in arena_
    float width = 0;
    float before_mark = 0;  // decimal columns: the width left of the decimal mark
    bool ascii = true;
    bool shortened = false;
  };

  Cell fit(std::string_view text, float max_width, std::string& arena);
  float before_mark(std::string_view text);
  void fix_widths();
  void add(std::span<const std::string_view> cells, RowKind kind);
  void hold(std::span<const std::string_view> cells, RowKind kind);
  std::size_t capacity() const;  // rows the next page holds
  float table_top() const;       // top of the header row of the next page, from the page's top
  void flush_page();
  void draw_column(HPDF_Page page, std::size_t column, float top);
  void use_font(HPDF_Page page, bool ascii, float size);

  Document& doc_;
  Fonts fonts_;
  GlyphWidths widths_;
  std::vector<Column> columns_;
  float first_page_top_;
  char mark_;
  std::vector<HPDF_Page> pages_;

  // Before the widths are fixed: the natural widths asked so far, and the
  // rows held back (texts in held_arena_).
  bool fixed_ = false;
  std::vector<float> natural_;
  std::vector<float> max_before_mark_, max_after_mark_;  // decimal columns
  std::string held_arena_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> held_cells_;  // offset, size
  std::vector<std::pair<RowKind, std::uint32_t>> held_rows_;          // kind, cells

  std::vector<float> column_x_;
  std::vector<float> column_w_;
  std::vector<float> decimal_x_;  // per column, absolute x of the mark (decimal columns)

  std::string header_arena_;
  std::vector<Cell> header_;  // one per column
  // The rows of the page being filled, texts in arena_.
  std::string arena_;
  std::vector<Cell> cells_;  // rows x columns
  std::vector<RowKind> kinds_;
  std::size_t rows_ = 0;  // rows buffered
  bool finished_ = false;

  HPDF_Font current_font_ = nullptr;  // in the text object being written
  float current_size_ = 0;
};

}  // namespace kolmi::exporters::pdf
