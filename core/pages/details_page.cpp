#include "core/pages/details_page.hpp"

#include "core/pages/account_common.hpp"
#include "core/pages/page_head.hpp"
#include "core/store/devices.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::pages {

namespace {
// users.agreement_date is a DATE in MOR; a DATETIME value keeps its day.
std::string agreement_day(const std::optional<std::string>& stored) {
  constexpr std::size_t kDateLength = 10;
  if (!stored || stored->size() < kDateLength) return {};
  std::string day = stored->substr(0, kDateLength);
  return parse_utc(day) ? day : std::string();
}
}  // namespace

DetailsPage load_details_page(const PageContext& pc) {
  const store::User& u = pc.user;
  DetailsPage p;
  p.user_id = u.id;
  auto devices = store::user_devices(pc.db, u.id);
  if (!devices.empty()) p.alias = devices.front().extension;
  p.finances = load_finances(pc);
  p.first_name = u.first_name;
  p.last_name = u.last_name;
  p.personalid = u.clientid;
  p.agreement_number = u.agreement_number;
  p.agreement_date = agreement_day(u.agreement_date);
  p.taxation_country = store::direction_name(pc.db, u.taxation_country);
  p.vat_reg_number = u.vat_number;
  p.vat_percent = percent_text(u.vat_percent);
  if (u.address_id) {
    if (auto a = store::find_address(pc.db, *u.address_id)) p.address = std::move(*a);
  }
  p.reg_direction = store::direction_name(pc.db, p.address.direction_id);
  return p;
}

void write_details_page(output::TreeWriter& w, const PageContext& pc, const DetailsPage& p) {
  const Lang lang = pc.lang;
  write_page_head(w, {.pagename = "Personal details", .lang = lang, .user_id = p.user_id});
  w.open("details");
  w.open("main_details");
  w.text("alias", p.alias);
  write_finances(w, p.finances, lang);
  w.close();
  w.open("other_details");
  w.text("username", p.first_name);
  w.text("surname", p.last_name);
  w.text("personalid", p.personalid);
  w.text("agreement_number", p.agreement_number);
  w.text("agreement_date", p.agreement_date);
  w.text("taxation_country", p.taxation_country);
  w.text("vat_reg_number", p.vat_reg_number);
  w.number("vat_percent", p.vat_percent);
  w.close();
  const store::Address& a = p.address;
  w.open("registration");
  w.text("reg_address", a.address);
  w.text("reg_postcode", a.postcode);
  w.text("reg_city", a.city);
  w.text("reg_country", a.county);
  w.text("reg_state", a.state);
  w.text("reg_direction", p.reg_direction);
  w.text("reg_phone", a.phone);
  w.text("reg_mobile", a.mob_phone);
  w.text("reg_fax", a.fax);
  w.text("reg_email", a.email);
  w.finish();
}

}  // namespace kolmi::pages
