#include "core/import/rerate_diff.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/users.hpp"

namespace kolmi::import {

namespace {

// A record: flags (which of user, old, new are present), call id, user id,
// old and new price in nano-units, then calldate and dst as a 32-bit length
// and the bytes. Native byte order: the file never leaves this process.
enum Flag : std::uint8_t { kHasUser = 1, kHasOld = 2, kHasNew = 4 };
constexpr std::size_t kFixedBytes = 1 + 4 * sizeof(std::int64_t);

constexpr std::string_view kCallColumns[] = {"call_id",   "calldate",  "user_id",    "user",    "dst",
                                             "old_price", "new_price", "difference", "currency"};

template <typename T>
void put(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

template <typename T>
T get(const char*& at) {
  T value;
  std::memcpy(&value, at, sizeof(T));
  at += sizeof(T);
  return value;
}

void put_text(std::string& out, std::string_view text) {
  put(out, static_cast<std::uint32_t>(text.size()));
  out.append(text);
}

Decimal checked_sum(Decimal a, Decimal b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a.nanos(), b.nanos(), &sum)) {
    throw action_error("rerate --diff: the price totals are too large to add up");
  }
  return Decimal::from_nanos(sum);
}

Decimal difference(const std::optional<Decimal>& old_price, const std::optional<Decimal>& new_price) {
  const Decimal o = old_price.value_or(Decimal());
  const Decimal n = new_price.value_or(Decimal());
  std::int64_t d = 0;
  if (__builtin_sub_overflow(n.nanos(), o.nanos(), &d)) {
    throw action_error("rerate --diff: a price difference is too large");
  }
  return Decimal::from_nanos(d);
}

// Exact; the currency is a leaf of its own, once per item.
void money(output::TreeWriter& w, std::string_view name, const std::optional<Decimal>& value) {
  w.money(name, value, value ? value->to_string() : std::string(), {});
}

void write_totals(output::TreeWriter& w, const PriceTotals& t, std::string_view currency) {
  w.integer("calls", t.calls);
  money(w, "old_price", t.old_price);
  money(w, "new_price", t.new_price);
  money(w, "difference", difference(t.old_price, t.new_price));
  w.text("currency", currency);
}

}  // namespace

RerateDiff::RerateDiff() : file_(std::tmpfile()) {
  if (file_ == nullptr) fail("cannot make a temporary file");
}

RerateDiff::~RerateDiff() {
  if (file_ != nullptr) std::fclose(file_);
}

void RerateDiff::fail(const char* what) const {
  throw storage_error(fmt::format("rerate --diff: {}: {}", what, std::strerror(errno)));
}

void RerateDiff::add(const PriceChange& c) {
  record_.clear();
  std::uint8_t flags = 0;
  if (c.user_id) flags |= kHasUser;
  if (c.old_price) flags |= kHasOld;
  if (c.new_price) flags |= kHasNew;
  put(record_, flags);
  put(record_, c.call_id);
  put(record_, c.user_id.value_or(0));
  put(record_, c.old_price.value_or(Decimal()).nanos());
  put(record_, c.new_price.value_or(Decimal()).nanos());
  put_text(record_, c.calldate);
  put_text(record_, c.dst);
  if (std::fwrite(record_.data(), 1, record_.size(), file_) != record_.size()) fail("cannot write");

  const Decimal o = c.old_price.value_or(Decimal());
  const Decimal n = c.new_price.value_or(Decimal());
  for (PriceTotals* t : {&by_user_[c.user_id.value_or(0)], &total_}) {
    ++t->calls;
    t->old_price = checked_sum(t->old_price, o);
    t->new_price = checked_sum(t->new_price, n);
  }
}

void RerateDiff::write_calls(output::TreeWriter& w, const std::unordered_map<std::int64_t, std::string>& logins,
                             std::string_view currency) {
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) fail("cannot read back");
  w.open_list("calls", "call", kCallColumns);
  std::string buffer;
  for (std::int64_t i = 0; i < total_.calls; ++i) {
    char fixed[kFixedBytes];
    if (std::fread(fixed, 1, kFixedBytes, file_) != kFixedBytes) fail("cannot read back");
    const char* at = fixed;
    const auto flags = get<std::uint8_t>(at);
    const auto call_id = get<std::int64_t>(at);
    const auto user_id = get<std::int64_t>(at);
    const auto old_nanos = get<std::int64_t>(at);
    const auto new_nanos = get<std::int64_t>(at);
    auto read_text = [&](std::string& out) {
      std::uint32_t size = 0;
      if (std::fread(&size, 1, sizeof size, file_) != sizeof size) fail("cannot read back");
      out.resize(size);
      if (size != 0 && std::fread(out.data(), 1, size, file_) != size) fail("cannot read back");
    };
    std::string calldate, dst;
    read_text(calldate);
    read_text(dst);
    const std::optional<Decimal> old_price =
        (flags & kHasOld) ? std::optional(Decimal::from_nanos(old_nanos)) : std::nullopt;
    const std::optional<Decimal> new_price =
        (flags & kHasNew) ? std::optional(Decimal::from_nanos(new_nanos)) : std::nullopt;

    w.open_item();
    w.integer("call_id", call_id);
    w.text("calldate", calldate);
    if (flags & kHasUser) {
      const auto digits = fmt::format_int(user_id);
      w.number("user_id", std::string_view(digits.data(), digits.size()));
      auto login = logins.find(user_id);
      w.text("user", login != logins.end() ? std::string_view(login->second) : std::string_view());
    } else {
      w.number("user_id", "");
      w.text("user", "");
    }
    w.text("dst", dst);
    money(w, "old_price", old_price);
    money(w, "new_price", new_price);
    money(w, "difference", difference(old_price, new_price));
    w.text("currency", currency);
    w.close();
  }
  w.close();
}

void RerateDiff::write(output::TreeWriter& w, store::Database& db, const RerateSummary& s, bool dry_run,
                       std::string_view currency) {
  // Users by login (a deleted user's calls keep the id: login ""), then id.
  std::unordered_map<std::int64_t, std::string> logins;
  std::vector<std::pair<std::string, std::int64_t>> users;
  for (const auto& [id, totals] : by_user_) {
    std::string login;
    if (id != 0) {
      if (auto u = store::find_user_by_id(db, id)) login = u->username;
      logins.emplace(id, login);
    }
    users.emplace_back(std::move(login), id);
  }
  std::sort(users.begin(), users.end());

  w.begin("rerate");
  w.open("summary");  // not the row formats' record: there the calls are the rows
  w.integer("examined", s.examined);
  w.integer("changed", s.changed);
  w.integer("unrated", s.unrated);
  w.text("dry_run", dry_run ? "yes" : "no");
  w.close();
  write_calls(w, logins, currency);
  w.open_list("users", "user");
  for (const auto& [login, id] : users) {
    w.open_item();
    if (id != 0) {
      w.integer("user_id", id);
    } else {
      w.number("user_id", "");
    }
    w.text("user", login);
    write_totals(w, by_user_.at(id), currency);
    w.close();
  }
  w.close();
  w.open("total");
  write_totals(w, total_, currency);
  w.close();
  w.finish();
}

}  // namespace kolmi::import
