#include "core/identity/password.hpp"

#include <sodium.h>

#include <charconv>
#include <cstdint>
#include <optional>
#include <stdexcept>

#include "core/identity/sha1.hpp"
#include "core/identity/sodium_init.hpp"

namespace kolmi::identity {

namespace detail {

void ensure_sodium() {
  // A function-local static is initialized once even with concurrent
  // callers; when the initializer throws, the next call tries again.
  static const bool ready = [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialized");
    return true;
  }();
  (void)ready;
}

}  // namespace detail

namespace {

struct Limits {
  unsigned long long ops;
  std::size_t mem;  // bytes
};

Limits limits_for(KdfCost cost) {
  if (cost == KdfCost::minimal) return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_legacy_sha1(std::string_view stored) {
  if (stored.size() != 40) return false;
  for (char c : stored) {
    if (!is_hex(c)) return false;
  }
  return true;
}

// The number after `key` ("m=" or "t=") in an argon2 parameter string such as
// "$argon2id$v=19$m=65536,t=2,p=1$salt$hash".
std::optional<std::uint64_t> param(std::string_view stored, std::string_view key) {
  auto at = stored.find(key);
  if (at == std::string_view::npos) return std::nullopt;
  const char* first = stored.data() + at + key.size();
  std::uint64_t value = 0;
  auto [end, ec] = std::from_chars(first, stored.data() + stored.size(), value);
  if (ec != std::errc() || end == first) return std::nullopt;
  return value;
}

// libsodium's needs_rehash says "different", not "weaker": a hash made with
// more memory or passes than the policy also differs. Only weaker ones are
// redone, so an operator's stronger hashes are never downgraded.
bool weaker_than(std::string_view stored, Limits policy) {
  auto mem_kib = param(stored, "$m=");
  auto passes = param(stored, ",t=");
  if (!mem_kib || !passes) return true;
  return *mem_kib * 1024u < policy.mem || *passes < policy.ops;
}

Verification verify_argon2(const std::string& stored, std::string_view password, Limits policy) {
  if (crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) != 0) {
    return Verification::mismatch;
  }
  int rehash = crypto_pwhash_str_needs_rehash(stored.c_str(), policy.ops, policy.mem);
  if (rehash == 0) return Verification::ok;
  // -1: not argon2id (e.g. an argon2i string); 1: other parameters.
  if (rehash < 0 || weaker_than(stored, policy)) return Verification::ok_needs_rehash;
  return Verification::ok;
}

Verification verify_legacy(std::string_view stored, std::string_view password) {
  unsigned char expected[20];
  std::size_t len = 0;
  // hex2bin accepts either case, as MOR's exports have both.
  if (sodium_hex2bin(expected, sizeof expected, stored.data(), stored.size(), nullptr, &len, nullptr) != 0 ||
      len != sizeof expected) {
    return Verification::mismatch;
  }
  Sha1Digest actual = sha1(password);
  if (sodium_memcmp(expected, actual.data(), sizeof expected) != 0) return Verification::mismatch;
  return Verification::ok_needs_rehash;  // SHA1 is far too fast to keep
}

}  // namespace

std::string hash_password(std::string_view password, KdfCost cost) {
  detail::ensure_sodium();
  Limits l = limits_for(cost);
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), l.ops, l.mem) != 0) {
    throw std::runtime_error("not enough memory to hash a password");
  }
  return out;
}

Verification verify_password(std::string_view stored, std::string_view password, KdfCost policy) {
  detail::ensure_sodium();
  // An embedded NUL would let libsodium see only a prefix of the stored value.
  if (stored.find('\0') != std::string_view::npos) return Verification::mismatch;
  if (stored.starts_with("$argon2")) {
    return verify_argon2(std::string(stored), password, limits_for(policy));
  }
  if (is_legacy_sha1(stored)) return verify_legacy(stored, password);
  return Verification::mismatch;  // empty, "*", unknown formats: nobody can log in
}

bool cheaper_than_interactive(std::string_view stored) {
  if (!stored.starts_with("$argon2")) return true;
  return weaker_than(stored, limits_for(KdfCost::interactive));
}

}  // namespace kolmi::identity
