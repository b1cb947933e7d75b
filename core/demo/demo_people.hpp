#pragma once
// The demo's people: users with their addresses and devices
// (demo_people.cpp), and what each user owns besides calls: payments,
// invoices, subscriptions, CLIs, phonebook entries and received faxes
// (demo_accounts.cpp).
#include <cstdint>
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

// Inserts the shared services and, for every user but the admin, payments,
// invoices, subscriptions, CLIs, phonebook entries and (for users with a FAX
// device) received faxes. Throws Error(storage).
void insert_accounts(store::Database& db, const Reference& ref, const std::vector<DemoUser>& users,
                     Rng& rng, Seconds now);

// 'YYYY-MM-DD HH:MM:SS' of epoch seconds, UTC.
std::string utc_text(std::int64_t epoch);

}  // namespace kolmi::demo
