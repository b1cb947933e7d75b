#pragma once
// What every kolmi document has around its content: the letterhead at the
// top of page 1 (logo, issuer, title, customer, facts), a summary block of
// labelled values and a small ranked table under it, and the footer of
// every page ("title" on the left, "Page n/N" on the right, drawn when the
// page count is known). The calls and rates PDFs use it, and so can any
// later document (invoices). Layout only: the words come from the caller.
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "exporters/pdf/logo.hpp"
#include "exporters/pdf/pdf_document.hpp"
#include "exporters/pdf/sheet.hpp"

namespace kolmi::exporters::pdf {

using Labelled = std::vector<std::pair<std::string, std::string>>;

struct Letterhead {
  std::string title;                  // the document's name, large
  const Logo* logo = nullptr;         // top left when given
  std::vector<std::string> issuer;    // top right; the first line (company) larger; may be empty
  std::string customer_heading;       // "Customer"
  std::vector<std::string> customer;  // the first line (name) larger
  Labelled facts;                     // label: value, right of the customer (issue date, period, ...)
};

// Lays the letterhead out into `sheet` from the page's top margin; returns
// how far below the page's top it ends.
float lay_out_letterhead(Sheet& sheet, const Letterhead& head);

struct SummaryBlock {
  std::string heading;  // "Summary"
  Labelled counts;      // left: label, value right-aligned
  Labelled money;       // right: label, amount aligned on `mark`
  std::string ranking_heading;                          // "Top destinations by spend"
  std::array<std::string, 4> ranking_columns;           // name, count, time, amount
  std::vector<std::array<std::string, 4>> ranking;      // rows; the amount aligned on `mark`
  std::vector<std::string> notes;                       // small print under it
};

// Lays the block out from `top` (points below the page's top); returns where it ends.
float lay_out_summary(Sheet& sheet, float top, const SummaryBlock& block, char mark);

// Draws the footer on every page. Throws Error(storage).
void draw_footers(Document& doc, const Fonts& fonts, const std::vector<HPDF_Page>& pages, const std::string& title,
                  const std::string& page_word);

}  // namespace kolmi::exporters::pdf
