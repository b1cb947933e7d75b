#include "core/import/call_spool.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"

namespace kolmi::import {

namespace {

constexpr std::size_t kBuffer = 1 << 20;  // stdio buffer: few system calls for millions of rows

int open_unnamed(const std::string& dir) {
  return ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
}

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

}  // namespace

CallSpool::CallSpool(const std::string& dir) : dir_(dir) {
  int fd = dir.empty() ? -1 : open_unnamed(dir);
  if (fd < 0) {
    const char* tmp = std::getenv("TMPDIR");
    dir_ = tmp && *tmp ? tmp : "/tmp";
    fd = open_unnamed(dir_);
  }
  if (fd < 0) fail("create a temporary file in");
  file_ = ::fdopen(fd, "w+b");
  if (!file_) {
    ::close(fd);
    fail("create a temporary file in");
  }
  std::setvbuf(file_, nullptr, _IOFBF, kBuffer);
}

CallSpool::~CallSpool() {
  if (file_) std::fclose(file_);
}

void CallSpool::fail(const char* what) const {
  const int err = errno;
  throw storage_error(fmt::format("cannot {} {}: {}", what, dir_, io::errno_text(err)));
}

void CallSpool::append(const PendingCall& call) {
  buffer_.assign(sizeof(std::uint32_t), '\0');  // the length, filled in below
  Writer w{buffer_};
  fields(w, call);
  const char flags = static_cast<char>((call.unassigned ? 1 : 0) | (call.unrated ? 2 : 0) | (call.no_provider ? 4 : 0));
  w.raw(&flags, 1);
  const auto length = static_cast<std::uint32_t>(buffer_.size() - sizeof(std::uint32_t));
  std::memcpy(buffer_.data(), &length, sizeof length);
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) fail("write a temporary file in");
  ++count_;
}

void CallSpool::rewind() {
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) fail("write a temporary file in");
  read_ = 0;
}

bool CallSpool::read_encoded() {
  if (read_ == count_) return false;
  std::uint32_t length = 0;
  if (std::fread(&length, sizeof length, 1, file_) != 1) fail("read a temporary file in");
  buffer_.resize(length);
  if (std::fread(buffer_.data(), 1, length, file_) != length) fail("read a temporary file in");
  return true;
}

bool CallSpool::next(store::NewCall& call) {
  if (!read_encoded()) return false;
  Reader r{buffer_};
  // The order of fields() above, into the stored columns.
  r.raw(call.calldate.data(), call.calldate.size());
  for (auto* s : {&call.accountcode, &call.src, &call.dst, &call.dcontext, &call.clid, &call.channel,
                  &call.dstchannel, &call.lastapp, &call.lastdata, &start_, &call.disposition, &record_uniqueid_,
                  &call.userfield, &call.uniqueid}) {
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
  call.marks = static_cast<std::uint8_t>((flags & 1 ? kUnassigned : 0) | (flags & 2 ? kUnrated : 0) |
                                         (flags & 4 ? kNoProvider : 0));
  if (!r.ok || !r.in.empty()) fail("read a temporary file in");
  call.localized_dst = call.dst;
  call.processed = 0;
  ++read_;
  return true;
}

bool CallSpool::next(PendingCall& call) {
  if (!read_encoded()) return false;
  Reader r{buffer_};
  fields(r, call);
  char flags = 0;
  r.raw(&flags, 1);
  call.unassigned = (flags & 1) != 0;
  call.unrated = (flags & 2) != 0;
  call.no_provider = (flags & 4) != 0;
  if (!r.ok || !r.in.empty()) fail("read a temporary file in");
  ++read_;
  return true;
}

}  // namespace kolmi::import
