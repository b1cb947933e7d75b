// What each demo user owns besides calls: payments, invoices, subscriptions
// to the shared services, CLIs, phonebook entries and received faxes.
// Payment amounts are illustrative; invoices are planned here (which months,
// issued and paid when) and made from the calls and subscriptions once the
// calls are in (insert_invoices), as kolmi admin invoices generate makes them.
#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include <date/date.h>
#include <fmt/format.h>

#include "core/billing/invoice_generation.hpp"
#include "core/demo/demo_people.hpp"
#include "core/store/demo_rows.hpp"
#include "core/store/invoices.hpp"
#include "core/store/users.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::demo {

namespace {

constexpr std::int64_t kDay = 86'400;

// The specification's sample times are what its user sees, on the user's
// wall clock; stored times are UTC.
std::string spec_time(const DemoUser& u, std::string_view local) {
  return format_utc(TimeZone(u.zone).to_utc(local));
}

Decimal cents(std::int64_t c) { return Decimal::from_nanos(c * 10'000'000); }

struct ServiceDef {
  std::string_view name, type, price, period;
};
constexpr ServiceDef kServices[] = {
    {"Voicemail box", "periodic_fee", "2.00", "month"},
    {"Call recording", "periodic_fee", "4.99", "month"},
    {"Unlimited local calls", "flat_rate", "15.00", "month"},
    {"Virtual number (DID)", "periodic_fee", "3.50", "month"},
    {"Fax to e-mail", "periodic_fee", "1.50", "month"},
    {"Setup fee", "one_time_fee", "10.00", "month"},
};
constexpr std::size_t kFaxService = 4;
constexpr std::size_t kSetupFee = 5;

// MOR's payment types, the manual ones (an operator booking a bank transfer) most common.
constexpr std::string_view kPaymentTypes[] = {"manual", "paypal", "webmoney", "voucher"};
constexpr int kPaymentTypeWeights[] = {45, 25, 15, 15};

constexpr std::string_view kCliDescriptions[] = {"Office", "Mobile", "Home", "Reception", "Sales line"};

// Phonebook names: Latin, Cyrillic, accents and apostrophes, as real phonebooks hold.
constexpr std::string_view kContacts[] = {
    "Mom", "Office", "Dr. Brown", "Pizza Palace", "John (work)", "Мама", "Алексей",
    "Müller GmbH", "Taxi", "Bank hotline", "Sarah O'Connor", "Ресепшн", "Plumber"};
// Every phonebook holds one name with all of XML's metacharacters, so pages
// and exports show their escaping on real data.
constexpr std::string_view kTrickyContact = "Tom & Jerry <\"Co\"> 'Ltd'";

class AccountWriter {
 public:
  AccountWriter(store::Database& db, const Reference& ref, Rng& rng, Seconds now)
      : ref_(ref), rng_(rng), now_(now.time_since_epoch().count()), rows_(db) {
    for (const ServiceDef& s : kServices) {
      service_ids_.push_back(rows_.add_service(s.name, s.type, *Decimal::parse(s.price), s.period));
    }
  }

  void payments(const DemoUser& u) {
    std::vector<std::int64_t> dates(static_cast<std::size_t>(rng_.between(3, 6)));
    for (auto& d : dates) d = now_ - rng_.between(std::int64_t{3600}, 180 * kDay);
    std::sort(dates.begin(), dates.end());
    static constexpr std::int64_t kAmounts[] = {10, 20, 25, 50, 100, 150, 200};
    for (std::int64_t date : dates) {
      const std::string_view type = kPaymentTypes[weighted_index(rng_, kPaymentTypeWeights)];
      const Decimal amount = rng_.percent(70) ? Decimal::from_units(rng_.pick(kAmounts))
                                              : cents(rng_.between(std::int64_t{500}, 20000));
      const std::string_view currency =
          rng_.percent(80) ? std::string_view(u.currency) : (u.currency == "USD" ? "EUR" : "USD");
      const bool completed = rng_.percent(90);
      std::optional<std::string> shipped;
      if (completed) shipped = utc_text(std::min(now_, date + rng_.between(std::int64_t{60}, 6 * 3600)));
      rows_.add_payment(u.id, type, amount, currency, utc_text(date), shipped, completed ? 1 : 0,
                        Decimal::from_units(u.vat_percent), amount.mul_div(u.vat_percent, 100));
    }
  }

  // Monthly invoices for the last full months, oldest first: planned now
  // (the random draws stay where they always were, so every later draw and
  // the rest of the demo data stay the same), made after the calls.
  void invoices(const DemoUser& u) {
    using namespace date;
    const sys_days today = floor<days>(sys_seconds{std::chrono::seconds{now_}});
    const year_month this_month = year_month_day{today}.year() / year_month_day{today}.month();
    const int count = rng_.between(2, 4);
    for (int back = count; back >= 1; --back) {
      const year_month ym = this_month - months{back};
      const std::int64_t issue = std::min(now_, epoch(sys_days{(ym + months{1}) / 1}) + 8 * 3600 +
                                                    rng_.between(std::int64_t{0}, 2 * kDay));
      (void)rng_.between(std::int64_t{500}, 15000);  // once an illustrative price; the draw keeps its place
      const bool paid = rng_.percent(back == 1 ? 50 : 90);
      std::optional<std::string> paid_date;
      if (paid) paid_date = utc_text(std::min(now_, issue + rng_.between(std::int64_t{3600}, 10 * kDay)));
      plans_.push_back({.user_id = u.id,
                        .year = int(ym.year()),
                        .month = unsigned(ym.month()),
                        .issue_date = utc_text(issue),
                        .paid_date = paid_date});
    }
  }

  std::vector<DemoInvoicePlan> take_plans() { return std::move(plans_); }

  void subscriptions(const DemoUser& u) {
    std::vector<std::size_t> order(service_ids_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto count = static_cast<std::size_t>(rng_.between(2, 3));
    for (std::size_t i = 0; i < count; ++i) {  // partial Fisher-Yates: distinct services
      std::swap(order[i], order[i + static_cast<std::size_t>(rng_.below(order.size() - i))]);
      const std::size_t s = order[i];
      std::optional<std::int64_t> device;
      if (s == kFaxService) {
        for (const auto& d : u.devices) {
          if (d.is_fax()) device = d.id;
        }
      } else if (!u.devices.empty() && rng_.percent(50)) {
        device = rng_.pick(u.devices).id;
      }
      // Subscriptions start at the user's local midnight.
      const TimeZone zone(u.zone);
      auto local_midnight = [&](std::int64_t t) {
        return zone.start_of_day(Seconds{std::chrono::seconds{t}}).time_since_epoch().count();
      };
      const std::int64_t start = local_midnight(now_ - rng_.between(std::int64_t{20}, 400) * kDay);
      std::optional<std::string> end;
      if (s == kSetupFee) {
        end = utc_text(local_midnight(start + kDay + 3 * 3600) - 1);
      } else if (rng_.percent(40)) {
        // A yearly contract, or one that ended at the latest yesterday at midnight.
        const std::int64_t ended =
            std::min(local_midnight(now_), local_midnight(start + rng_.between(30, 200) * kDay + 3 * 3600));
        end = utc_text((rng_.percent(60) ? local_midnight(start + 365 * kDay + 3 * 3600) : ended) - 1);
      }
      const std::int64_t added = start - rng_.between(std::int64_t{0}, 3 * kDay);
      rows_.add_subscription(service_ids_[s], u.id, device, utc_text(start), end, utc_text(added));
    }
  }

  void clis(const DemoUser& u) {
    if (u.devices.empty()) return;
    std::set<std::pair<std::int64_t, std::string>> seen;  // the schema's (device_id, cli) uniqueness
    int count = rng_.between(2, 3);
    if (u.login == "demo") {
      // The specification's example CLI.
      rows_.add_cli("5555555", u.devices.front().id, "Linus", spec_time(u, "2007-04-06 13:51:07"), 0);
      seen.emplace(u.devices.front().id, "5555555");
      --count;
    }
    while (count > 0) {
      const DemoDevice& d = rng_.pick(u.devices);
      std::string cli = number(u.country, rng_.percent(60) ? 100 : 0);
      if (!seen.emplace(d.id, cli).second) continue;
      rows_.add_cli(cli, d.id, rng_.pick(kCliDescriptions),
                    utc_text(now_ - rng_.between(std::int64_t{kDay}, 700 * kDay)), rng_.percent(10) ? 1 : 0);
      --count;
    }
  }

  void phonebook(const DemoUser& u) {
    const int count = rng_.between(3, 8);
    int written = 0;
    auto add = [&](std::string_view number_text, std::string_view name, const std::string& added) {
      rows_.add_phonebook_entry(u.id, number_text, name, added);
      ++written;
    };
    if (u.login == "demo") add("12015551234", "ExGirlfriend", spec_time(u, "2008-03-01 15:44:05"));  // the spec's entry
    add(number(u.country, 50), kTrickyContact, utc_text(now_ - rng_.between(std::int64_t{3600}, 365 * kDay)));
    std::vector<std::string_view> names(std::begin(kContacts), std::end(kContacts));
    for (std::size_t i = 0; written < count; ++i) {
      std::swap(names[i], names[i + static_cast<std::size_t>(rng_.below(names.size() - i))]);
      const std::size_t country = rng_.percent(60) ? u.country : static_cast<std::size_t>(rng_.below(ref_.countries.size()));
      add(number(country, 50), names[i], utc_text(now_ - rng_.between(std::int64_t{3600}, 365 * kDay)));
    }
  }

  // Faxes received over the last 90 days; the demo user also gets one today,
  // so the Faxes page shows something in its default period.
  void faxes(const DemoUser& u) {
    for (const DemoDevice& d : u.devices) {
      if (!d.is_fax()) continue;
      std::vector<std::int64_t> times(static_cast<std::size_t>(rng_.between(8, 20)));
      for (auto& t : times) t = now_ - rng_.between(std::int64_t{0}, 90 * kDay);
      if (u.login == "demo") {
        const std::int64_t today = TimeZone(u.zone).start_of_day(Seconds{std::chrono::seconds{now_}})
                                       .time_since_epoch().count();
        times.push_back(rng_.between(today, now_));
      }
      std::sort(times.begin(), times.end());
      for (std::int64_t t : times) {
        const int roll = static_cast<int>(rng_.below(100));
        const std::string_view status = roll < 80 ? "good" : roll < 90 ? "no_tif" : "pdf_size_0";
        const std::string when = utc_text(t);
        // fax_YYYYMMDD_HHMMSS.pdf, as MOR names the files it converts.
        const std::string filename = fmt::format("fax_{}{}{}_{}{}{}.pdf", when.substr(0, 4), when.substr(5, 2),
                                                 when.substr(8, 2), when.substr(11, 2), when.substr(14, 2),
                                                 when.substr(17, 2));
        const std::int64_t size = status == "good" ? rng_.between(std::int64_t{18'000}, 450'000) : 0;
        const std::size_t country = rng_.percent(50) ? u.country : static_cast<std::size_t>(rng_.below(ref_.countries.size()));
        rows_.add_fax(d.id, filename, when, size, rng_.percent(5) ? 1 : 0, number(country, 20), status);
      }
    }
  }

 private:
  static std::int64_t epoch(date::sys_days d) {
    return std::chrono::duration_cast<std::chrono::seconds>(d.time_since_epoch()).count();
  }

  std::string number(std::size_t country, int mobile_percent) {
    char buf[32];
    return std::string(dial_number(rng_, ref_.countries[country], mobile_percent, buf));
  }

  const Reference& ref_;
  Rng& rng_;
  std::int64_t now_;
  store::DemoAccountRows rows_;
  std::vector<std::int64_t> service_ids_;
  std::vector<DemoInvoicePlan> plans_;
};

}  // namespace

std::vector<DemoInvoicePlan> insert_accounts(store::Database& db, const Reference& ref,
                                             const std::vector<DemoUser>& users, Rng& rng, Seconds now) {
  AccountWriter w(db, ref, rng, now);
  for (const DemoUser& u : users) {
    if (u.admin) continue;
    w.payments(u);
    w.invoices(u);
    w.subscriptions(u);
    w.clis(u);
    w.phonebook(u);
    w.faxes(u);
  }
  return w.take_plans();
}

void insert_invoices(store::Database& db, const std::vector<DemoInvoicePlan>& plans) {
  for (const DemoInvoicePlan& p : plans) {
    const auto user = store::find_user_by_id(db, p.user_id);
    if (!user) continue;
    const std::int64_t id = billing::add_month_invoice(db, *user, {p.year, p.month}, p.issue_date);
    if (id != 0 && p.paid_date) store::set_invoice_paid(db, id, *p.paid_date);
  }
}

}  // namespace kolmi::demo
