#include "exporters/document_letterhead.hpp"

#include "exporters/pdf/document_words.hpp"

namespace kolmi::exporters {

namespace {
constexpr const char* kCreator = "kolmi";
}  // namespace

std::string labelled(pages::Lang lang, std::string_view key, std::string_view value) {
  std::string s(pdf::word(lang, key));
  s += ": ";
  s += value;
  return s;
}

void add_issuer(pdf::Letterhead& h, pages::Lang lang, const Issuer& issuer) {
  if (!issuer.company.empty()) h.issuer.push_back(issuer.company);
  for (const std::string& line : issuer.address) h.issuer.push_back(line);
  if (!issuer.vat_number.empty()) h.issuer.push_back(labelled(lang, "VAT number", issuer.vat_number));
  if (!issuer.email.empty()) h.issuer.push_back(labelled(lang, "E-mail", issuer.email));
}

pdf::Letterhead document_letterhead(pages::Lang lang, const DocumentFacts& d, std::string title) {
  using pdf::word;
  pdf::Letterhead h;
  h.title = std::move(title);
  h.logo = d.logo ? &*d.logo : nullptr;
  add_issuer(h, lang, d.issuer);
  h.customer_heading = std::string(word(lang, "Customer"));
  h.customer.push_back(d.customer.name);
  h.customer.push_back(labelled(lang, "Account", std::to_string(d.customer.account)));
  for (const std::string& line : d.customer.address) h.customer.push_back(line);
  if (!d.customer.vat_number.empty()) h.customer.push_back(labelled(lang, "VAT number", d.customer.vat_number));
  h.facts.emplace_back(word(lang, "Issue date"), pdf::date_words(d.issue_date, lang));
  return h;
}

void add_period_facts(pdf::Letterhead& h, pages::Lang lang, const DocumentFacts& d, std::string_view from,
                      std::string_view till, const std::string& currency) {
  using pdf::word;
  // The period's times are on the user's wall clock: the zone is named.
  h.facts.emplace_back(word(lang, "Period"), pdf::date_words(from, lang) + " \u2014");
  h.facts.emplace_back("", pdf::date_words(till, lang));
  h.facts.emplace_back(word(lang, "Time zone"), d.time_zone);
  h.facts.emplace_back(word(lang, "Currency"), currency);
}

void finish_document(pdf::Document& doc, const pdf::Fonts& fonts, pdf::Table& table, pdf::Sheet& head,
                     const std::string& title, pages::Lang lang, const Issuer& issuer,
                     const std::string& subject) {
  table.finish();
  head.draw(table.pages().front());
  pdf::draw_footers(doc, fonts, table.pages(), title, std::string(pdf::word(lang, "Page")));
  doc.set_info(title, issuer.company, subject, kCreator);
}

}  // namespace kolmi::exporters
