#include "core/import/call_encoding.hpp"

#include <cstring>

namespace kolmi::import {

namespace {

// Binary writing and reading of the fields, in one place so the two orders
// cannot drift apart: `Io` is either Writer or Reader. A call is encoded
// into a reused buffer and written (or read) with one call, behind its
// length, so millions of calls cost millions of stdio calls, not tens of
// millions.
struct Writer {
  std::string& out;
  void raw(const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); }
  void num(const std::int64_t& v) { raw(&v, sizeof v); }
  void text(const std::string& s) {
    const auto n = static_cast<std::uint32_t>(s.size());
    raw(&n, sizeof n);
    raw(s.data(), s.size());
  }
  template <typename T>
  void opt(const std::optional<T>& v) {
    const char present = v ? 1 : 0;
    raw(&present, 1);
    if (v) field(*v);
  }
  void field(const std::int64_t& v) { num(v); }
  void field(const Decimal& v) {
    const std::int64_t n = v.nanos();
    num(n);
  }
  void field(const std::string& v) { text(v); }
};

struct Reader {
  std::string_view in;
  bool ok = true;
  void raw(void* p, std::size_t n) {
    if (!ok || in.size() < n) {
      ok = false;
      return;
    }
    std::memcpy(p, in.data(), n);
    in.remove_prefix(n);
  }
  void num(std::int64_t& v) { raw(&v, sizeof v); }
  void text(std::string& s) {
    std::uint32_t n = 0;
    raw(&n, sizeof n);
    if (!ok || in.size() < n) {
      ok = false;
      return;
    }
    s.assign(in.data(), n);
    in.remove_prefix(n);
  }
  template <typename T>
  void opt(std::optional<T>& v) {
    char present = 0;
    raw(&present, 1);
    if (!present) {
      v.reset();
      return;
    }
    if (!v) v.emplace();
    field(*v);
  }
  void field(std::int64_t& v) { num(v); }
  void field(Decimal& v) {
    std::int64_t n = 0;
    num(n);
    v = Decimal::from_nanos(n);
  }
  void field(std::string& v) { text(v); }
};

template <typename Io, typename Call>
void fields(Io& io, Call& c) {
  auto& r = c.cdr;
  io.raw(c.calldate.data(), c.calldate.size());
  for (auto* s : {&r.accountcode, &r.src, &r.dst, &r.dcontext, &r.clid, &r.channel, &r.dstchannel, &r.lastapp,
                  &r.lastdata, &r.start, &r.disposition, &r.uniqueid, &r.userfield, &c.uniqueid}) {
    io.text(*s);
  }
  io.num(r.duration);
  io.num(r.billsec);
  io.num(c.hangupcause);
  io.opt(c.src_device);
  io.opt(c.dst_device);
  io.opt(c.user_id);
  io.opt(c.user_rate);
  io.opt(c.user_billsec);
  io.opt(c.user_price);
  io.opt(c.prefix);
  io.opt(c.provider_id);
  io.opt(c.provider_rate);
  io.opt(c.provider_billsec);
  io.opt(c.provider_price);
}

constexpr std::uint8_t kFlagUnassigned = 1, kFlagUnrated = 2, kFlagNoProvider = 4;

}  // namespace

void append_encoded(const PendingCall& call, std::string& out) {
  const std::size_t at = out.size();
  out.append(sizeof(std::uint32_t), '\0');  // the length, filled in below
  Writer w{out};
  fields(w, call);
  const char flags = static_cast<char>((call.unassigned ? kFlagUnassigned : 0) | (call.unrated ? kFlagUnrated : 0) |
                                       (call.no_provider ? kFlagNoProvider : 0));
  w.raw(&flags, 1);
  const auto length = static_cast<std::uint32_t>(out.size() - at - sizeof(std::uint32_t));
  std::memcpy(out.data() + at, &length, sizeof length);
}

bool decode_call(std::string_view body, store::NewCall& call, DecodeScratch& scratch) {
  Reader r{body};
  // The order of fields() above, into the stored columns.
  r.raw(call.calldate.data(), call.calldate.size());
  for (auto* s : {&call.accountcode, &call.src, &call.dst, &call.dcontext, &call.clid, &call.channel,
                  &call.dstchannel, &call.lastapp, &call.lastdata, &scratch.start, &call.disposition,
                  &scratch.record_uniqueid, &call.userfield, &call.uniqueid}) {
    r.text(*s);
  }
  r.num(call.duration);
  r.num(call.billsec);
  r.num(call.hangupcause);
  r.opt(call.src_device);
  r.opt(call.dst_device);
  r.opt(call.user_id);
  r.opt(call.user_rate);
  r.opt(call.user_billsec);
  r.opt(call.user_price);
  r.opt(call.prefix);
  r.opt(call.provider_id);
  r.opt(call.provider_rate);
  r.opt(call.provider_billsec);
  r.opt(call.provider_price);
  char flags = 0;
  r.raw(&flags, 1);
  call.marks = static_cast<std::uint8_t>((flags & kFlagUnassigned ? kUnassigned : 0) |
                                         (flags & kFlagUnrated ? kUnrated : 0) |
                                         (flags & kFlagNoProvider ? kNoProvider : 0));
  call.localized_dst = call.dst;
  call.processed = 0;
  return r.ok && r.in.empty();
}

bool decode_call(std::string_view body, PendingCall& call) {
  Reader r{body};
  fields(r, call);
  char flags = 0;
  r.raw(&flags, 1);
  call.unassigned = (flags & kFlagUnassigned) != 0;
  call.unrated = (flags & kFlagUnrated) != 0;
  call.no_provider = (flags & kFlagNoProvider) != 0;
  return r.ok && r.in.empty();
}

}  // namespace kolmi::import
