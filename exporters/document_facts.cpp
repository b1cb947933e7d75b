#include "exporters/document_facts.hpp"

#include "core/error.hpp"
#include "core/store/addresses.hpp"
#include "core/store/conflines.hpp"

namespace kolmi::exporters {

namespace {

void add_if_set(std::vector<std::string>& lines, std::string text) {
  if (!text.empty()) lines.push_back(std::move(text));
}

}  // namespace

Issuer load_issuer(store::Database& db) {
  using store::Setting;
  Issuer i;
  i.company = store::confline_str(db, Setting::company);
  add_if_set(i.address, store::confline_str(db, Setting::company_address1));
  add_if_set(i.address, store::confline_str(db, Setting::company_address2));
  add_if_set(i.address, store::confline_str(db, Setting::company_address3));
  i.vat_number = store::confline_str(db, Setting::company_vat_number);
  i.email = store::confline_str(db, Setting::company_email);
  i.logo_path = store::confline_str(db, Setting::company_logo);
  return i;
}

DocumentFacts load_document_facts(const pages::PageContext& pc) {
  DocumentFacts f;
  f.issuer = load_issuer(pc.db);

  const store::User& u = pc.user;
  f.customer.name = u.full_name();
  f.customer.account = u.id;
  f.customer.vat_number = u.vat_number;
  f.customer.vat_percent = u.vat_percent;
  if (u.address_id) {
    if (auto a = store::find_address(pc.db, *u.address_id)) {
      add_if_set(f.customer.address, a->address);
      std::string city = a->postcode;
      if (!city.empty() && !a->city.empty()) city += ' ';
      city += a->city;
      add_if_set(f.customer.address, std::move(city));
      add_if_set(f.customer.address, store::direction_name(pc.db, a->direction_id));
    }
  }
  f.issue_date = pc.zone.local_date(pc.clock.now());
  f.time_zone = pc.zone.name();
  return f;
}

std::vector<std::string> missing_issuer_settings(const Issuer& issuer) {
  std::vector<std::string> missing;
  if (issuer.company.empty()) missing.emplace_back("Company");
  if (issuer.address.empty()) missing.emplace_back("Company_Address1");
  if (issuer.vat_number.empty()) missing.emplace_back("Company_VAT_Number");
  if (issuer.email.empty()) missing.emplace_back("Company_Email");
  return missing;
}

void check_document_facts(DocumentFacts& facts, bool strict) {
  if (!facts.issuer.logo_path.empty()) facts.logo = pdf::read_logo(facts.issuer.logo_path);
  if (!strict) return;
  const std::vector<std::string> missing = missing_issuer_settings(facts.issuer);
  if (missing.empty()) return;
  std::string names;
  for (const std::string& m : missing) {
    if (!names.empty()) names += ", ";
    names += m;
  }
  throw usage_error("--strict: the document's issuer is incomplete; set " + names + " with kolmi admin config set");
}

}  // namespace kolmi::exporters
