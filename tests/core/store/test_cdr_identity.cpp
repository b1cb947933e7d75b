// The identity hash of the CDR import's duplicate rule (store/cdr_identity):
// the same fields hash alike, any field changing changes the hash, and a
// separator moved between neighbouring fields is a different call.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/store/cdr_identity.hpp"

using kolmi::store::CdrHasher;
using kolmi::store::CdrIdentity;

namespace {

CdrIdentity sample() {
  return {.uniqueid = "1700000000.1",
          .calldate = "2026-11-28 09:30:00",
          .clid = "\"Bob\" <100>",
          .src = "100",
          .dst = "37060000000",
          .dcontext = "out",
          .channel = "SIP/100-0001",
          .dstchannel = "SIP/trunk-0002",
          .lastapp = "Dial",
          .lastdata = "SIP/trunk/37060000000,60",
          .duration = 65,
          .billsec = 60,
          .disposition = "ANSWERED",
          .accountcode = "acc",
          .userfield = ""};
}

}  // namespace

TEST_CASE("cdr identity: equal fields hash alike, and the hash is pinned", "[store][import]") {
  CdrHasher a, b;
  CHECK(a(sample()) == b(sample()));
  // Stored hashes must stay comparable with new ones: a change of encoding,
  // key or hash needs a migration that hashes every stored call again.
  CHECK(a(sample()) == 1777194414586300861);
  CHECK(a.encoded().size() == 1 + 13 * 4 + 2 * 8 + std::string("1700000000.1").size() + 19 + 11 + 3 + 11 + 3 +
                                  12 + 14 + 4 + 24 + 8 + 3);
}

TEST_CASE("cdr identity: every field counts", "[store][import]") {
  CdrHasher h;
  std::set<std::int64_t> seen{h(sample())};
  auto differs = [&](auto change) {
    CdrIdentity id = sample();
    change(id);
    return seen.insert(h(id)).second;
  };
  CHECK(differs([](CdrIdentity& i) { i.uniqueid = "1700000000.2"; }));
  CHECK(differs([](CdrIdentity& i) { i.calldate = "2026-11-28 09:30:01"; }));
  CHECK(differs([](CdrIdentity& i) { i.clid = "100"; }));
  CHECK(differs([](CdrIdentity& i) { i.src = "101"; }));
  CHECK(differs([](CdrIdentity& i) { i.dst = "37060000001"; }));
  CHECK(differs([](CdrIdentity& i) { i.dcontext = "in"; }));
  CHECK(differs([](CdrIdentity& i) { i.channel = "SIP/100-0003"; }));
  CHECK(differs([](CdrIdentity& i) { i.dstchannel = ""; }));
  CHECK(differs([](CdrIdentity& i) { i.lastapp = "Queue"; }));
  CHECK(differs([](CdrIdentity& i) { i.lastdata = ""; }));
  CHECK(differs([](CdrIdentity& i) { i.duration = 66; }));
  CHECK(differs([](CdrIdentity& i) { i.billsec = 61; }));
  CHECK(differs([](CdrIdentity& i) { i.disposition = "NO ANSWER"; }));
  CHECK(differs([](CdrIdentity& i) { i.accountcode = ""; }));
  CHECK(differs([](CdrIdentity& i) { i.userfield = "x"; }));
  // Numbers are not texts: duration and billsec swapped is another call.
  CHECK(differs([](CdrIdentity& i) { std::swap(i.duration, i.billsec); }));
}

TEST_CASE("cdr identity: where a separator falls between fields matters", "[store][import]") {
  CdrHasher h;
  CdrIdentity a = sample(), b = sample(), c = sample();
  a.src = "10";
  a.dst = "0x";
  b.src = "100";
  b.dst = "x";
  c.src = "";
  c.dst = "100x";
  const std::int64_t ha = h(a), hb = h(b), hc = h(c);
  CHECK(ha != hb);
  CHECK(hb != hc);
  CHECK(ha != hc);
  // A field's text that looks like an encoded length and the next field.
  CdrIdentity d = sample(), e = sample();
  const std::string looks_encoded("a\x01\0\0\0b", 6);  // outlives d: the identity holds views
  d.accountcode = looks_encoded;
  d.userfield = "";
  e.accountcode = "a";
  e.userfield = "b";
  CHECK(h(d) != h(e));
  // Empty fields are not absent: moving an empty string along changes nothing but order.
  CdrIdentity f = sample(), g = sample();
  f.clid = "";
  f.src = "\"Bob\" <100>";
  g.clid = "\"Bob\" <100>";
  g.src = "";
  CHECK(h(f) != h(g));
}
