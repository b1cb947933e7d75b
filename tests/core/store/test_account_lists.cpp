// The store code of the account pages: devices, addresses and the lists,
// each scoped to its user.
#include <catch2/catch.hpp>

#include "core/store/account_lists.hpp"
#include "core/store/addresses.hpp"
#include "core/store/devices.hpp"
#include "tests/core/pages/account_fixture.hpp"

using namespace kolmi;

TEST_CASE("a user's devices, and another user's device looks missing", "[account]") {
  test::AccountFixture f;
  auto mine = store::user_devices(f.db, 1);
  REQUIRE(mine.size() == 2);
  CHECK(mine[0].id == 10);
  CHECK(mine[0].label() == "IAX2/101");
  CHECK(mine[1].is_fax());
  CHECK(store::user_devices(f.db, 3).empty());
  CHECK(store::find_user_device(f.db, 1, 11).has_value());
  CHECK_FALSE(store::find_user_device(f.db, 1, 20).has_value());
  CHECK_FALSE(store::find_user_device(f.db, 1, 999).has_value());
}

TEST_CASE("addresses map every column, directions name countries", "[account]") {
  test::AccountFixture f;
  auto a = store::find_address(f.db, 1);
  REQUIRE(a);
  CHECK(a->direction_id == 1);
  CHECK(a->county == "Uzbekistan");
  CHECK(a->city == "Tashkent");
  CHECK(a->postcode == "700100");
  CHECK(a->address == "Address");
  CHECK(a->phone == "998975551234");
  CHECK(a->mob_phone == "998975551235");
  CHECK(a->fax == "998975551236");
  CHECK(a->email == "admin@voip.com");
  CHECK_FALSE(store::find_address(f.db, 99));
  CHECK(store::direction_name(f.db, 2) == "Bulgaria");
  CHECK(store::direction_name(f.db, std::nullopt).empty());
  CHECK(store::direction_name(f.db, 99).empty());
}

TEST_CASE("lists visit only the user's rows, in order", "[account]") {
  test::AccountFixture f;
  std::vector<std::int64_t> seen;
  store::for_each_payment(f.db, 1, [&](const store::Payment& p) { seen.push_back(p.id); });
  CHECK(seen == std::vector<std::int64_t>{1, 2, 3});
  seen.clear();
  store::for_each_invoice(f.db, 2, [&](const store::Invoice& i) { seen.push_back(i.id); });
  CHECK(seen == std::vector<std::int64_t>{3});
  seen.clear();
  store::for_each_subscription(f.db, 1, [&](const store::Subscription& s) { seen.push_back(s.id); });
  CHECK(seen == std::vector<std::int64_t>{1});
  seen.clear();
  store::for_each_cli(f.db, 1, [&](const store::CallerId& c) { seen.push_back(c.id); });
  CHECK(seen == std::vector<std::int64_t>{3, 4});
  seen.clear();
  store::for_each_phonebook_entry(f.db, 1, [&](const store::PhonebookEntry& e) { seen.push_back(e.id); });
  CHECK(seen == std::vector<std::int64_t>{1, 3});
  seen.clear();
  store::FaxFilter all{*parse_utc("2000-01-01"), *parse_utc("2100-01-01"), std::nullopt, {}};
  store::for_each_fax(f.db, 2, all, [&](const store::Fax& x) { seen.push_back(x.id); });
  CHECK(seen == std::vector<std::int64_t>{201, 200});
  seen.clear();
  all.statuses = {"no_tif", "pdf_size_0"};
  all.device_id = 11;
  store::for_each_fax(f.db, 1, all, [&](const store::Fax& x) { seen.push_back(x.id); });
  CHECK(seen == std::vector<std::int64_t>{102, 103});
  seen.clear();
  all.device_id = 20;  // another user's device: nothing, even when asked for directly
  all.statuses.clear();
  store::for_each_fax(f.db, 1, all, [&](const store::Fax& x) { seen.push_back(x.id); });
  CHECK(seen.empty());
}
