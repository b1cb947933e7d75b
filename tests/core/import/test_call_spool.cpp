// CallSpool: every stored field of a call comes back as it went in, in
// order, with reused storage; and the spool leaves no file behind.
#include <catch2/catch.hpp>

#include <string>

#include "core/import/call_spool.hpp"
#include "tests/support/scratch_dir.hpp"

using kolmi::Decimal;
using kolmi::import::CallSpool;
using kolmi::import::PendingCall;

namespace {
PendingCall sample(int i) {
  PendingCall c;
  c.cdr.accountcode = "acc";
  c.cdr.src = "37060000" + std::to_string(i);
  c.cdr.dst = std::string(300, 'x') + "ü€";  // long text, multibyte
  c.cdr.clid = "\"Ona\" <100>";
  c.cdr.channel = "SIP/101-0000000" + std::to_string(i);
  c.cdr.lastdata = std::string("a\0b", 3);  // an embedded NUL survives
  c.cdr.duration = 60 + i;
  c.cdr.billsec = i;
  c.cdr.disposition = "ANSWERED";
  c.uniqueid = "u" + std::to_string(i);
  std::string date = "2026-11-27 10:00:0" + std::to_string(i % 10);
  std::copy(date.begin(), date.end(), c.calldate.begin());
  c.hangupcause = 16;
  if (i % 2 == 0) {
    c.src_device = 1;
    c.user_id = 7;
    c.user_rate = Decimal::from_nanos(123'456'789);
    c.user_billsec = 60;
    c.user_price = Decimal::from_nanos(-5);
    c.prefix = "4420";
  } else {
    c.dst_device = 2;
    c.unassigned = true;
    c.unrated = true;
  }
  return c;
}

bool same(const PendingCall& a, const PendingCall& b) {
  const auto& x = a.cdr;
  const auto& y = b.cdr;
  return x.accountcode == y.accountcode && x.src == y.src && x.dst == y.dst && x.clid == y.clid &&
         x.channel == y.channel && x.lastdata == y.lastdata && x.duration == y.duration &&
         x.billsec == y.billsec && x.disposition == y.disposition && a.uniqueid == b.uniqueid &&
         a.calldate == b.calldate && a.hangupcause == b.hangupcause && a.src_device == b.src_device &&
         a.dst_device == b.dst_device && a.user_id == b.user_id && a.user_rate == b.user_rate &&
         a.user_billsec == b.user_billsec && a.user_price == b.user_price && a.prefix == b.prefix &&
         a.unassigned == b.unassigned && a.unrated == b.unrated;
}
}  // namespace

TEST_CASE("a spooled call comes back field for field", "[import][spool]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  CallSpool spool(dir);
  for (int i = 0; i < 1000; ++i) spool.append(sample(i));
  CHECK(spool.size() == 1000);
  CHECK(kolmi::test::list_dir(dir).empty());  // unnamed: nothing to leave behind
  spool.rewind();
  PendingCall slot = sample(1);  // reused, with values that must all be overwritten
  for (int i = 0; i < 1000; ++i) {
    REQUIRE(spool.next(slot));
    REQUIRE(same(slot, sample(i)));
  }
  CHECK_FALSE(spool.next(slot));
}

TEST_CASE("a spool without a folder uses the temporary folder", "[import][spool]") {
  CallSpool spool("");
  spool.append(sample(0));
  spool.rewind();
  PendingCall c;
  REQUIRE(spool.next(c));
  CHECK(same(c, sample(0)));
}

TEST_CASE("a spooled call comes back into a call writer's slot as the columns it stores", "[import][spool]") {
  CallSpool spool("");
  for (int i = 0; i < 4; ++i) spool.append(sample(i));
  spool.rewind();
  kolmi::store::NewCall slot;
  slot.processed = 1;  // reused: overwritten
  for (int i = 0; i < 4; ++i) {
    REQUIRE(spool.next(slot));
    const PendingCall c = sample(i);
    const auto& r = c.cdr;
    CHECK(slot.calldate == c.calldate);
    CHECK((slot.accountcode == r.accountcode && slot.src == r.src && slot.dst == r.dst &&
           slot.dcontext == r.dcontext && slot.clid == r.clid && slot.channel == r.channel &&
           slot.dstchannel == r.dstchannel && slot.lastapp == r.lastapp && slot.lastdata == r.lastdata &&
           slot.disposition == r.disposition && slot.userfield == r.userfield));
    CHECK(slot.uniqueid == c.uniqueid);  // the stored one (synthetic when the record had none)
    CHECK(slot.localized_dst == r.dst);
    CHECK((slot.duration == r.duration && slot.billsec == r.billsec && slot.hangupcause == c.hangupcause));
    CHECK((slot.src_device == c.src_device && slot.dst_device == c.dst_device && slot.user_id == c.user_id));
    CHECK((slot.user_rate == c.user_rate && slot.user_billsec == c.user_billsec && slot.user_price == c.user_price));
    CHECK(slot.prefix == c.prefix);
    CHECK(slot.processed == 0);
    CHECK(slot.marks == (c.unassigned ? kolmi::import::kUnassigned : 0) + (c.unrated ? kolmi::import::kUnrated : 0));
  }
  CHECK_FALSE(spool.next(slot));
}
