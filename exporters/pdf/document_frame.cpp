#include "exporters/pdf/document_frame.hpp"

#include <algorithm>

namespace kolmi::exporters::pdf {

namespace {

constexpr float kRight = kPageWidth - kMargin;
constexpr float kLogoWidth = 150, kLogoHeight = 50;
constexpr float kCompanySize = 11, kLineSize = 8, kLineLeading = 10.5f;
constexpr float kTitleSize = 17;
constexpr float kFactsX = 318;  // the facts' labels; values after the widest label
constexpr float kSmallSize = 7.5f;
constexpr float kFooterBaseline = kPageHeight - 22;  // from the page's top

// The x of a decimal mark in `text` drawn so that its mark sits at `mark_x`.
float mark_aligned_x(Sheet& sheet, const std::string& text, char mark, float mark_x, float size) {
  const auto at = text.rfind(mark);
  return mark_x - sheet.width(std::string_view(text).substr(0, at == std::string::npos ? text.size() : at), size);
}

float after_mark(Sheet& sheet, const std::string& text, char mark, float size) {
  const auto at = text.rfind(mark);
  return at == std::string::npos ? 0.0f : sheet.width(std::string_view(text).substr(at), size);
}

}  // namespace

float lay_out_letterhead(Sheet& sheet, const Letterhead& head) {
  float left_bottom = kMargin;
  if (head.logo != nullptr) {
    sheet.image(*head.logo, kMargin, kMargin, kLogoWidth, kLogoHeight);
    left_bottom = kMargin + kLogoHeight;
  }
  float y = kMargin;
  for (std::size_t i = 0; i < head.issuer.size(); ++i) {
    const float size = i == 0 ? kCompanySize : kLineSize;
    y += i == 0 ? kCompanySize : kLineLeading;
    sheet.text(kRight, y, size, head.issuer[i], TextAlign::right, kContentWidth - kLogoWidth - 12);
  }
  y = std::max(y + 3, left_bottom) + 8;
  sheet.rule(kMargin, kRight, y, 0.8f, 0.35f);
  y += 8 + kTitleSize;
  sheet.text(kMargin, y, kTitleSize, head.title);
  y += 10;

  // The customer (left) and the facts (right), side by side.
  float left = y;
  if (!head.customer_heading.empty()) {
    left += kSmallSize;
    sheet.text(kMargin, left, kSmallSize, head.customer_heading);
    left += 3;
  }
  for (std::size_t i = 0; i < head.customer.size(); ++i) {
    const float size = i == 0 ? 10.0f : kLineSize;
    left += i == 0 ? 11.0f : kLineLeading;
    sheet.text(kMargin, left, size, head.customer[i], TextAlign::left, kFactsX - kMargin - 12);
  }
  float label_w = 0;
  for (const auto& [label, value] : head.facts) label_w = std::max(label_w, sheet.width(label + ":", kLineSize));
  float right = y;
  for (const auto& [label, value] : head.facts) {
    right += kLineLeading + 1;
    if (!label.empty()) sheet.text(kFactsX, right, kLineSize, label + ":");  // "": the value goes on
    sheet.text(kFactsX + label_w + 6, right, kLineSize, value, TextAlign::left, kRight - kFactsX - label_w - 6);
  }
  return std::max(left, right) + 12;
}

float lay_out_summary(Sheet& sheet, float top, const SummaryBlock& block, char mark) {
  float y = top + 10;
  sheet.text(kMargin, y, 10, block.heading);
  y += 4;
  sheet.rule(kMargin, kRight, y, 0.5f, 0.5f);
  y += 2;

  const float size = 8.5f;
  const float leading = 12;
  float counts_y = y;
  const float counts_value_x = kMargin + 230;
  for (const auto& [label, value] : block.counts) {
    counts_y += leading;
    sheet.text(kMargin, counts_y, size, label);
    sheet.text(counts_value_x, counts_y, size, value, TextAlign::right);
  }
  float after = 0;
  for (const auto& [label, value] : block.money) after = std::max(after, after_mark(sheet, value, mark, size));
  const float money_mark_x = kRight - after;
  float money_y = y;
  for (std::size_t i = 0; i < block.money.size(); ++i) {
    const auto& [label, value] = block.money[i];
    money_y += leading;
    if (i + 1 == block.money.size()) {
      // The grand total: under a rule.
      sheet.rule(kFactsX, kRight, money_y - leading + 3, 0.5f, 0);
    }
    sheet.text(kFactsX, money_y, size, label);
    sheet.text(mark_aligned_x(sheet, value, mark, money_mark_x, size), money_y, size, value);
  }
  y = std::max(counts_y, money_y) + 8;

  if (!block.ranking.empty()) {
    y += 12;
    sheet.text(kMargin, y, 9, block.ranking_heading);
    y += 4;
    const float row_h = 11;
    const float count_right = kMargin + 330, time_right = kMargin + 410;
    float amount_after = 0;
    for (const auto& row : block.ranking) amount_after = std::max(amount_after, after_mark(sheet, row[3], mark, kLineSize));
    const float amount_mark_x = kRight - 3 - amount_after;
    sheet.fill(kMargin, y, kContentWidth, row_h, 0.82f);
    const float base = 8.3f;
    sheet.text(kMargin + 3, y + base, kLineSize, block.ranking_columns[0]);
    sheet.text(count_right, y + base, kLineSize, block.ranking_columns[1], TextAlign::right);
    sheet.text(time_right, y + base, kLineSize, block.ranking_columns[2], TextAlign::right);
    sheet.text(kRight - 3, y + base, kLineSize, block.ranking_columns[3], TextAlign::right);
    for (std::size_t i = 0; i < block.ranking.size(); ++i) {
      const auto& row = block.ranking[i];
      y += row_h;
      if (i % 2 == 1) sheet.fill(kMargin, y, kContentWidth, row_h, 0.95f);
      sheet.text(kMargin + 3, y + base, kLineSize, row[0], TextAlign::left, count_right - kMargin - 60);
      sheet.text(count_right, y + base, kLineSize, row[1], TextAlign::right);
      sheet.text(time_right, y + base, kLineSize, row[2], TextAlign::right);
      sheet.text(mark_aligned_x(sheet, row[3], mark, amount_mark_x, kLineSize), y + base, kLineSize, row[3]);
    }
    y += row_h + 2;
  }
  for (const std::string& note : block.notes) {
    y += 10;
    sheet.text(kMargin, y, kSmallSize, note);
  }
  return y + 16;
}

void draw_footers(Document& doc, const Fonts& fonts, const std::vector<HPDF_Page>& pages, const std::string& title,
                  const std::string& page_word) {
  const std::string total = std::to_string(pages.size());
  Sheet sheet(doc, fonts);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    // libharu keeps every page's content open until the document is saved,
    // so the footers are written now that the count is known.
    sheet.clear();
    sheet.rule(kMargin, kRight, kFooterBaseline - 9, 0.4f, 0.6f);
    sheet.text(kMargin, kFooterBaseline, kSmallSize, title, TextAlign::left, kContentWidth - 90);
    sheet.text(kRight, kFooterBaseline, kSmallSize, page_word + " " + std::to_string(i + 1) + "/" + total,
               TextAlign::right);
    sheet.draw(pages[i]);
  }
}

}  // namespace kolmi::exporters::pdf
