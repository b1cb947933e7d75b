#pragma once
// The demo's people: users with their addresses and devices
// (demo_people.cpp), and what each user owns besides calls: payments,
// invoices, subscriptions, CLIs, phonebook entries and received faxes
// (demo_accounts.cpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/demo/demo_random.hpp"
#include "core/demo/demo_reference.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::demo {

struct DemoDevice {
  std::int64_t id = 0;
  std::string name;       // the peer name: SIP/<name>, IAX2/<name>
  std::string type;       // SIP, IAX2, FAX
  std::string extension;
  std::string callerid;   // "Name" <extension>
  std::int64_t grace_time = 0;
  bool is_fax() const { return type == "FAX"; }
};

struct DemoUser {
  std::int64_t id = 0;
  std::string login;
  std::string password;   // public: the demo logins are printed by kolmi demo
  std::string about;      // "postpaid, USD, Asia/Tashkent"
  std::string full_name;
  std::string zone;       // IANA time zone
  std::string currency;
  std::size_t country = 0;  // index into Reference::countries: home country
  std::int64_t tariff_id = 0;
  std::int64_t vat_percent = 0;  // whole percent
  bool admin = false;
  std::vector<DemoDevice> devices;
};

// Inserts admin, demo, demo2 and demo3 ... demo(extra_users + 2), in that
// order, with addresses and devices. The demo user is users[1].
// Throws Error(storage).
std::vector<DemoUser> insert_users(store::Database& db, const Reference& ref, int extra_users,
                                   Rng& rng, Seconds now);

// A demo invoice to make once the calls are in: `user_id`'s invoice of
// the month, issued (and maybe paid) then, UTC text.
struct DemoInvoicePlan {
  std::int64_t user_id = 0;
  int year = 0;
  unsigned month = 0;
  std::string issue_date{};
  std::optional<std::string> paid_date{};
};

// Inserts the shared services and, for every user but the admin, payments,
// subscriptions, CLIs, phonebook entries and (for users with a FAX device)
// received faxes; returns the invoices to make (insert_invoices) when the
// calls are in. Throws Error(storage).
std::vector<DemoInvoicePlan> insert_accounts(store::Database& db, const Reference& ref,
                                             const std::vector<DemoUser>& users, Rng& rng, Seconds now);

// Makes the planned invoices from the calls and subscriptions
// (billing::add_month_invoice, numbered by Invoice_Number_Start and
// Invoice_Number_Format), oldest first per user, and marks the paid ones.
// A month with nothing to bill gets no invoice. Throws Error(storage).
void insert_invoices(store::Database& db, const std::vector<DemoInvoicePlan>& plans);

// 'YYYY-MM-DD HH:MM:SS' of epoch seconds, UTC.
std::string utc_text(std::int64_t epoch);

}  // namespace kolmi::demo
