// Users, addresses and devices of the demo database.
//
// Every demo password is public (kolmi demo prints them), so they are hashed
// with KdfCost::minimal: a strong KDF would protect nothing and would make
// `kolmi demo --users 1000` take minutes. Such hashes are upgraded to the
// interactive cost at the user's first successful login.
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "core/demo/demo_people.hpp"
#include "core/identity/password.hpp"
#include "core/store/demo_rows.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::demo {

namespace {

constexpr std::int64_t kDay = 86'400;

// Who the extra users demo3, demo4, ... are: one profile after another, with
// the alternative name on the second pass, so every country, currency and
// time zone here appears once --users reaches the table's size.
struct Profile {
  std::string_view first, last, alt_first, alt_last;
  std::string_view country, zone, currency, language;
  std::string_view city, postcode, address, state, county;
  int vat;
};

constexpr Profile kProfiles[] = {
    {"John", "Smith", "Oliver", "Jones", "GBR", "Europe/London", "GBP", "en", "London", "EC1A 1BB",
     "221B Baker Street", "England", "United Kingdom", 20},
    {"María", "García", "Lucía", "Fernández", "ESP", "Europe/Madrid", "EUR", "en", "Madrid", "28013",
     "Calle Mayor 12", "Comunidad de Madrid", "España", 21},
    {"Jonas", "Kazlauskas", "Tomas", "Petrauskas", "LTU", "Europe/Vilnius", "EUR", "en", "Vilnius",
     "01103", "Gedimino pr. 9", "", "Lietuva", 21},
    {"Ольга", "Иванова", "Дмитрий", "Соколов", "RUS", "Europe/Moscow", "RUB", "ru", "Москва", "125009",
     "ул. Тверская, д. 7", "", "Россия", 20},
    {"Emily", "Johnson", "Michael", "Brown", "USA", "America/New_York", "USD", "en", "New York", "10001",
     "350 Fifth Avenue", "NY", "United States", 0},
    {"Hans", "Müller", "Anna", "Schmidt", "DEU", "Europe/Berlin", "EUR", "en", "Berlin", "10117",
     "Unter den Linden 5", "Berlin", "Deutschland", 19},
    {"Aigerim", "Bekova", "Nurlan", "Abenov", "KAZ", "Asia/Almaty", "USD", "ru", "Almaty", "050000",
     "Abay Ave 10", "", "Kazakhstan", 12},
    {"Rahul", "Sharma", "Priya", "Patel", "IND", "Asia/Kolkata", "USD", "en", "Mumbai", "400001",
     "12 Marine Drive", "Maharashtra", "India", 18},
    {"Liam", "Wilson", "Chloe", "Taylor", "AUS", "Australia/Sydney", "USD", "en", "Sydney", "2000",
     "1 George Street", "NSW", "Australia", 10},
    {"Yuki", "Tanaka", "Haruto", "Sato", "JPN", "Asia/Tokyo", "USD", "en", "Tokyo", "100-0005",
     "1-1 Marunouchi", "Tokyo", "Japan", 10},
    {"Wei", "Chen", "Li", "Wang", "CHN", "Asia/Shanghai", "USD", "en", "Shanghai", "200000",
     "88 Nanjing Road", "Shanghai", "China", 13},
    {"Ana", "Souza", "Pedro", "Santos", "BRA", "America/Sao_Paulo", "USD", "en", "São Paulo",
     "01310-100", "Av. Paulista 1000", "SP", "Brasil", 0},
    {"Олександр", "Коваленко", "Марія", "Шевченко", "UKR", "Europe/Kyiv", "EUR", "ru", "Київ", "01001",
     "вул. Хрещатик, 22", "", "Україна", 20},
    {"Mehmet", "Yılmaz", "Ayşe", "Demir", "TUR", "Europe/Istanbul", "EUR", "en", "İstanbul", "34110",
     "İstiklal Cd. 45", "", "Türkiye", 20},
    {"Noa", "Levi", "David", "Cohen", "ISR", "Asia/Jerusalem", "USD", "en", "Tel Aviv", "6100000",
     "Rothschild Blvd 20", "", "Israel", 17},
    {"Dilshod", "Karimov", "Aziz", "Rakhimov", "UZB", "Asia/Samarkand", "USD", "ru", "Samarkand",
     "140100", "Registon ko‘chasi 3", "", "O‘zbekiston", 12},
    {"Claire", "Dubois", "Louis", "Martin", "FRA", "Europe/Paris", "EUR", "en", "Paris", "75001",
     "10 Rue de Rivoli", "Île-de-France", "France", 20},
    {"Sarah", "O'Connor", "James", "O'Brien", "GBR", "Europe/London", "GBP", "en", "Manchester",
     "M1 1AE", "5 Piccadilly", "England", "United Kingdom", 20},
};

// One row of users plus its address, before insertion.
struct Person {
  std::string login, usertype = "user", first, last;
  Decimal balance, credit;
  bool postpaid = true;
  std::string currency = "USD";
  std::string clientid, agreement_number, agreement_date, language = "en";
  std::string country;  // alpha-3
  std::string vat_number;
  int vat = 0;
  std::string zone = "UTC";
  std::int64_t last_login = 0, previous_login = 0;
  bool has_address = true;
  std::string state, county, city, postcode, address, phone, mobile, fax, email;
};

class Writer {
 public:
  Writer(store::Database& db, const Reference& ref, Rng& rng, Seconds now)
      : ref_(ref), rng_(rng), now_(now.time_since_epoch().count()), rows_(db) {}

  DemoUser add_user(std::int64_t id, const Person& p) {
    std::optional<std::int64_t> address_id;
    if (p.has_address) {
      address_id = rows_.add_address(ref_.direction_id(p.country), p.state, p.county, p.city, p.postcode,
                                     p.address, p.phone, p.mobile, p.fax, p.email);
    }
    DemoUser u;
    u.id = id;
    u.login = p.login;
    u.password = p.login;  // the demo's passwords are the logins
    u.full_name = p.first + " " + p.last;
    u.zone = p.zone;
    u.currency = p.currency;
    u.country = ref_.country_index(p.country);
    u.tariff_id = ref_.tariff_for(p.currency);
    u.vat_percent = p.vat;
    u.admin = p.usertype == "admin";
    u.about = u.admin ? "admin"
                      : fmt::format("{}, {}, {}", p.postpaid ? "postpaid" : "prepaid", p.currency, p.zone);
    const std::string hash = identity::hash_password(u.password, identity::KdfCost::minimal);
    rows_.add_user(id, p.login, hash, p.usertype, p.first, p.last, p.balance, p.credit, p.postpaid ? 1 : 0,
                   u.tariff_id, p.clientid, p.agreement_number, p.agreement_date, p.language,
                   ref_.direction_id(p.country), p.vat_number, Decimal::from_units(p.vat), address_id,
                   ref_.currency_id(p.currency), p.zone, p.agreement_date + " 10:00:00",
                   utc_text(p.last_login), utc_text(p.previous_login));
    return u;
  }

  // A device of `user`; its id is also its accountcode, as in MOR.
  void add_device(DemoUser& user, std::string type, std::string extension, std::string callerid,
                  std::string_view secret, std::string_view description, std::int64_t regseconds,
                  std::int64_t grace_time) {
    DemoDevice d;
    d.id = next_device_id_++;
    d.name = extension;
    d.type = std::move(type);
    d.extension = std::move(extension);
    d.callerid = std::move(callerid);
    d.grace_time = grace_time;
    rows_.add_device(d.id, d.name, secret, d.type, d.extension, d.callerid, user.id, description, regseconds,
                     grace_time, std::to_string(d.id));
    user.devices.push_back(std::move(d));
  }

  // A registration within the last three days, or never (0) for one in ten.
  std::int64_t recent_registration() {
    return rng_.percent(10) ? 0 : now_ - rng_.between(std::int64_t{60}, 3 * kDay);
  }

  std::string secret() {
    static constexpr std::string_view kChars = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string s(12, ' ');
    for (char& c : s) c = kChars[static_cast<std::size_t>(rng_.below(kChars.size()))];
    return s;
  }

  std::string number(std::size_t country, bool mobile) {
    char buf[32];
    const Country& c = ref_.countries[country];
    if (mobile) return std::string(dial_number(rng_, c, 100, buf));
    // A city number when the country has cities, else one under the country code.
    return std::string(dial_number(rng_, c.fixed.size() > 1 ? c.fixed[1] : c.fixed[0], buf));
  }

  std::int64_t now() const { return now_; }
  Rng& rng() { return rng_; }
  const Reference& ref() const { return ref_; }

 private:
  const Reference& ref_;
  Rng& rng_;
  std::int64_t now_;
  store::DemoPeopleRows rows_;
  std::int64_t next_device_id_ = 1;
};

Person admin_person(Writer& w) {
  Person p;
  p.login = "admin";
  p.usertype = "admin";
  p.first = "System";
  p.last = "Administrator";
  p.country = "USA";
  p.agreement_date = "2008-01-01";
  p.has_address = false;
  p.last_login = w.now() - 3 * 3600;
  p.previous_login = w.now() - 2 * kDay;
  return p;
}

// The sample user of the specification's pages (Personal details, Devices).
Person demo_person(Writer& w) {
  Person p;
  p.login = "demo";
  p.first = "Andrey";
  p.last = "Mazunin";
  p.postpaid = true;
  p.credit = Decimal::from_units(-1);  // no limit
  p.balance = Decimal::from_units(100);
  p.agreement_date = "2008-03-11";
  p.country = "UZB";
  p.vat = 18;
  p.zone = "Asia/Tashkent";
  p.address = "Address";
  p.postcode = "700100";
  p.city = "Tashkent";
  p.county = "Uzbekistan";
  p.phone = p.mobile = p.fax = "998975551234";
  p.email = "admin@voip.com";
  // Logged in yesterday, so "new calls" after the next login are a day's worth.
  p.last_login = w.now() - kDay;
  p.previous_login = w.now() - 4 * kDay;
  return p;
}

// A prepaid customer in EUR whose name and address are Cyrillic.
Person demo2_person(Writer& w) {
  Person p;
  p.login = "demo2";
  p.first = "Иван";
  p.last = "Петров";
  p.postpaid = false;
  p.credit = Decimal::from_units(0);
  p.balance = Decimal::from_units(25);
  p.currency = "EUR";
  p.agreement_number = "BG-2019-0042";
  p.agreement_date = "2019-06-17";
  p.country = "BGR";
  p.vat = 20;
  p.vat_number = "BG123456789";
  p.zone = "Europe/Sofia";
  p.language = "ru";
  p.address = "ул. „Витоша“ 15";
  p.postcode = "1000";
  p.city = "София";
  p.county = "България";
  p.state = "София-град";
  p.phone = "35929876543";
  p.mobile = "359887654321";
  p.email = "ivan.petrov@example.com";
  p.last_login = w.now() - 2 * kDay - 5 * 3600;
  p.previous_login = w.now() - 9 * kDay;
  return p;
}

Person extra_person(Writer& w, int number) {
  const std::size_t i = static_cast<std::size_t>(number - 3);
  const Profile& pr = kProfiles[i % std::size(kProfiles)];
  const bool second = (i / std::size(kProfiles)) % 2 == 1;
  Rng& rng = w.rng();
  Person p;
  p.login = fmt::format("demo{}", number);
  p.first = second ? pr.alt_first : pr.first;
  p.last = second ? pr.alt_last : pr.last;
  p.postpaid = rng.percent(60);
  // Postpaid: no limit or a round limit, balance may be negative; prepaid:
  // no credit and a positive balance. Cents only, as a person pays.
  static constexpr std::int64_t kCredits[] = {-1, -1, 100, 250, 500};
  p.credit = p.postpaid ? Decimal::from_units(rng.pick(kCredits)) : Decimal::from_units(0);
  const std::int64_t cents = p.postpaid ? rng.between(std::int64_t{-5000}, 30000) : rng.between(std::int64_t{500}, 20000);
  p.balance = Decimal::from_nanos(cents * 10'000'000);
  p.currency = pr.currency;
  p.clientid = fmt::format("{:06}", 100000 + number * 37);
  p.agreement_number = fmt::format("AG-{:04}", number);
  p.agreement_date = utc_text(w.now() - rng.between(std::int64_t{200}, 2000) * kDay).substr(0, 10);
  p.language = pr.language;
  p.country = pr.country;
  p.vat = pr.vat;
  p.zone = pr.zone;
  p.state = pr.state;
  p.county = pr.county;
  p.city = pr.city;
  p.postcode = pr.postcode;
  p.address = pr.address;
  const std::size_t home = w.ref().country_index(pr.country);
  p.phone = w.number(home, false);
  p.mobile = w.number(home, true);
  if (rng.percent(30)) p.fax = w.number(home, false);
  p.email = p.login + "@example.com";
  p.last_login = w.now() - rng.between(std::int64_t{2 * 3600}, 30 * 3600);
  p.previous_login = p.last_login - rng.between(std::int64_t{kDay}, 5 * kDay);
  return p;
}

}  // namespace

std::string utc_text(std::int64_t epoch) { return format_utc(Seconds{std::chrono::seconds{epoch}}); }

std::vector<DemoUser> insert_users(store::Database& db, const Reference& ref, int extra_users, Rng& rng,
                                   Seconds now) {
  Writer w(db, ref, rng, now);
  std::vector<DemoUser> users;
  users.reserve(static_cast<std::size_t>(extra_users) + 3);

  // MOR's admin has id 0 (owner_id 0 in conflines is the admin's), which also
  // gives the demo user id 1 and devices 1 and 2, as in the specification.
  users.push_back(w.add_user(0, admin_person(w)));

  DemoUser demo = w.add_user(1, demo_person(w));
  // The specification's registration time, as the user sees it in Tashkent.
  const std::int64_t spec_registration =
      TimeZone("Asia/Tashkent").to_utc("2007-04-06 13:51:07").time_since_epoch().count();
  w.add_device(demo, "IAX2", "101", "\"101\" <101>", "101", "Test device 1", spec_registration, 0);
  w.add_device(demo, "FAX", "102", "\"102\" <102>", "102", "Test FAX device", spec_registration, 0);
  users.push_back(std::move(demo));

  DemoUser demo2 = w.add_user(2, demo2_person(w));
  w.add_device(demo2, "SIP", "201", "\"Иван Петров\" <201>", w.secret(), "Офис", w.now() - 3 * 3600 - 17, 0);
  users.push_back(std::move(demo2));

  static constexpr std::string_view kDescriptions[] = {"Office phone", "Desk phone", "Softphone",
                                                       "Reception", "Home office"};
  for (int n = 3; n < extra_users + 3; ++n) {
    DemoUser u = w.add_user(n, extra_person(w, n));
    // Extensions n01, n02, ...: unique across users since n >= 3.
    const int phones = rng.percent(40) ? 2 : 1;
    for (int k = 1; k <= phones; ++k) {
      std::string ext = std::to_string(n * 100 + k);
      std::string cid = fmt::format("\"{}\" <{}>", u.full_name, ext);
      // A few devices have a grace time, so short calls from them are free.
      const std::int64_t grace = rng.percent(20) ? (rng.percent(50) ? 5 : 10) : 0;
      w.add_device(u, "SIP", std::move(ext), std::move(cid), w.secret(), rng.pick(kDescriptions),
                   w.recent_registration(), grace);
    }
    if (n % 4 == 0) {
      std::string ext = std::to_string(n * 100 + 9);
      std::string cid = fmt::format("\"{}\" <{}>", ext, ext);
      w.add_device(u, "FAX", std::move(ext), std::move(cid), w.secret(), "Fax", w.recent_registration(), 0);
    }
    users.push_back(std::move(u));
  }
  return users;
}

}  // namespace kolmi::demo
