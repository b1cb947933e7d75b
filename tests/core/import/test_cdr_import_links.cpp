// kolmi admin import cdr: which devices and user a call gets, and what it
// costs. Prices are worked out by hand next to each check.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;
using kolmi::test::cdr_line;
using kolmi::test::ImportFixture;
using kolmi::test::ScratchFile;

namespace {

// What the import stored for the call `uniqueid`.
struct Stored {
  std::optional<std::int64_t> src_device, dst_device, user_id, user_billsec, hangupcause;
  std::optional<Decimal> user_rate, user_price;
  std::optional<std::string> prefix;
};

Stored stored(ImportFixture& f, std::string_view uniqueid) {
  store::Statement s = f.db.prepare(
      "SELECT src_device_id, dst_device_id, user_id, user_billsec, hangupcause, user_rate, user_price, "
      "prefix "
      "FROM calls WHERE uniqueid = ?");
  s.bind(1, uniqueid);
  REQUIRE(s.step());
  return Stored{s.opt_int64(0), s.opt_int64(1),   s.opt_int64(2),   s.opt_int64(3),
                s.opt_int64(4), s.opt_decimal(5), s.opt_decimal(6), s.opt_str(7)};
}

Decimal dec(std::string_view text) {
  return *Decimal::parse(text);
}

}  // namespace

TEST_CASE("device matching: channel peer, accountcode, extension", "[import]") {
  ImportFixture f;
  const auto alice = f.user("alice");
  const auto bob = f.user("bob");
  const auto alice_sip = f.device(alice, "SIP", "101", "201");
  const auto bob_iax = f.device(bob, "IAX2", "101", "301", "B301");  // same name, another technology
  const auto bob_fax = f.device(bob, "FAX", "fax1", "", "A77");

  std::string file;
  const std::string t = "2024-05-01 10:00:00";
  file += cdr_line("201", "12125550000", "SIP/101-0000000a", "SIP/carrier-1", t, "5", "by-sip-label");
  file += cdr_line("201", "12125550000", "IAX2/101-3", "SIP/carrier-1", t, "5", "by-iax-label");
  file += cdr_line("x", "12125550000", "SIP/trunk-1", "", t, "5", "by-accountcode", "A77");
  file += cdr_line("201", "12125550000", "Local/s@ctx-00000001;2", "", t, "5", "by-extension");
  file += cdr_line("+37060000000", "999", "SIP/carrier-2", "IAX2/101-4", t, "5", "callee-by-channel");
  file += cdr_line("+37060000000", "201", "SIP/carrier-3", "", t, "5", "callee-by-extension");
  // MOR books an incoming call to the device it rang: that accountcode is not the caller.
  file += cdr_line("+37060000000", "301", "SIP/carrier-4", "", t, "5", "booked-to-callee", "B301");
  file += cdr_line("+37060000000", "555", "SIP/carrier-5", "SIP/other-1", t, "5", "unassigned");
  ScratchFile cdr(file);
  auto s = f.import_file(cdr.path());
  CHECK(s.imported == 8);
  CHECK(s.unassigned == 1);

  CHECK(stored(f, "by-sip-label").src_device == alice_sip);
  CHECK(stored(f, "by-sip-label").user_id == alice);
  CHECK(stored(f, "by-iax-label").src_device == bob_iax);
  CHECK(stored(f, "by-iax-label").user_id == bob);
  CHECK(stored(f, "by-accountcode").src_device == bob_fax);
  CHECK(stored(f, "by-extension").src_device == alice_sip);
  CHECK(stored(f, "by-extension").dst_device == std::nullopt);

  auto in = stored(f, "callee-by-channel");
  CHECK(in.src_device == std::nullopt);
  CHECK(in.dst_device == bob_iax);
  CHECK(in.user_id == std::nullopt);  // incoming: the user is found through dst_device_id
  CHECK(stored(f, "callee-by-extension").dst_device == alice_sip);
  auto booked = stored(f, "booked-to-callee");
  CHECK(booked.src_device == std::nullopt);
  CHECK(booked.dst_device == bob_iax);
  auto none = stored(f, "unassigned");
  CHECK(none.src_device == std::nullopt);
  CHECK(none.dst_device == std::nullopt);
  CHECK(none.user_id == std::nullopt);
  CHECK(none.user_price == std::nullopt);
}

TEST_CASE("rating on import: outgoing priced by the tariff, internal and incoming free", "[import]") {
  ImportFixture f;
  const auto alice = f.user("alice");
  const auto bob = f.user("bob");
  const auto nobody = f.user("no-tariff", std::nullopt);
  const auto phone = f.device(alice, "SIP", "101");
  const auto graced = f.device(alice, "SIP", "102", "", "", 10);
  const auto bob_phone = f.device(bob, "SIP", "201", "201");
  f.device(nobody, "SIP", "301");

  const std::string t = "2024-05-01 10:00:00";
  std::string file;
  file += cdr_line("101", "37061234567", "SIP/101-1", "SIP/carrier-1", t, "61", "lt");
  file += cdr_line("101", "0012125550000", "SIP/101-2", "SIP/carrier-2", t, "61", "us");
  file += cdr_line("102", "37061234567", "SIP/102-1", "SIP/carrier-3", t, "8", "grace");
  file += cdr_line("101", "99912345", "SIP/101-3", "SIP/carrier-4", t, "30", "no-destination");
  file += cdr_line("301", "37061234567", "SIP/301-1", "SIP/carrier-5", t, "30", "no-tariff");
  file += cdr_line("101", "201", "SIP/101-4", "SIP/201-1", t, "95", "internal");
  file += cdr_line("+37060000000", "201", "SIP/carrier-6", "SIP/201-2", t, "42", "incoming");
  ScratchFile cdr(file);
  auto s = f.import_file(cdr.path());
  CHECK(s.imported == 7);
  CHECK(s.unrated == 2);
  CHECK(s.unassigned == 0);

  // 61 s in 60 s blocks = 120 s x 0.12 / 60 = 0.24, plus the 0.05 connection fee.
  auto lt = stored(f, "lt");
  CHECK(lt.user_price == dec("0.29"));
  CHECK(lt.user_rate == dec("0.12"));
  CHECK(lt.user_billsec == 120);
  CHECK(lt.prefix == "370");
  CHECK(lt.src_device == phone);
  // 61 s by the second at 0.01 / 60 = 0.0101666... -> 0.010166667 (rounded once, half up).
  auto us = stored(f, "us");
  CHECK(us.user_price == dec("0.010166667"));
  CHECK(us.user_billsec == 61);
  CHECK(us.prefix == "1");
  // 8 s on a device with 10 s grace time: free, but rated.
  auto grace = stored(f, "grace");
  CHECK(grace.src_device == graced);
  CHECK(grace.user_price == dec("0"));
  CHECK(grace.prefix == "370");
  // Unrated: prices stay NULL.
  auto unknown = stored(f, "no-destination");
  CHECK(unknown.user_price == std::nullopt);
  CHECK(unknown.user_rate == std::nullopt);
  CHECK(unknown.prefix == std::nullopt);
  CHECK(stored(f, "no-tariff").user_price == std::nullopt);
  CHECK(stored(f, "no-tariff").user_id == nobody);
  // Between two of our devices: free, talk time kept.
  auto internal = stored(f, "internal");
  CHECK(internal.user_id == alice);
  CHECK(internal.dst_device == bob_phone);
  CHECK(internal.user_price == dec("0"));
  CHECK(internal.user_billsec == 95);
  CHECK(internal.prefix == std::nullopt);
  // From outside to one of our devices: free for our user.
  auto incoming = stored(f, "incoming");
  CHECK(incoming.user_id == std::nullopt);
  CHECK(incoming.user_price == dec("0"));
  CHECK(incoming.user_billsec == 42);
}

TEST_CASE("hangupcause follows the disposition when the layout has none", "[import]") {
  ImportFixture f;
  const std::string t = "2024-05-01 10:00:00";
  std::string file;
  file += cdr_line("1", "2", "SIP/1-1", "", t, "5", "a", "", "ANSWERED");
  file += cdr_line("1", "2", "SIP/1-2", "", t, "0", "n", "", "NO ANSWER");
  file += cdr_line("1", "2", "SIP/1-3", "", t, "0", "b", "", "BUSY");
  file += cdr_line("1", "2", "SIP/1-4", "", t, "0", "f", "", "FAILED");
  file += cdr_line("1", "2", "SIP/1-5", "", t, "0", "c", "", "CONGESTION");
  ScratchFile cdr(file);
  f.import_file(cdr.path());
  CHECK(stored(f, "a").hangupcause == 16);
  CHECK(stored(f, "n").hangupcause == 19);
  CHECK(stored(f, "b").hangupcause == 17);
  CHECK(stored(f, "f").hangupcause == 21);
  CHECK(stored(f, "c").hangupcause == 21);  // CONGESTION is stored as FAILED
}
