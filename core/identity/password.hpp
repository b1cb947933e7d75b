#pragma once
// Password hashing with libsodium's argon2id (crypto_pwhash_str).
#include <string>
#include <string_view>

namespace kolmi::identity {

// interactive: libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE, for every real
// password. minimal: the smallest argon2id cost, only for accounts whose
// password is public anyway (demo logins) and for tests; such hashes are
// upgraded to interactive cost at the next successful login.
enum class KdfCost { interactive, minimal };

// Returns an "$argon2id$..." string. Throws std::runtime_error when libsodium
// cannot allocate the memory the KDF needs.
std::string hash_password(std::string_view password, KdfCost cost = KdfCost::interactive);

enum class Verification {
  mismatch,
  ok,
  ok_needs_rehash,  // right password; stored hash is legacy SHA1 or weaker than `policy`
};

// Checks `password` against a stored argon2id string or a legacy MOR hash
// (40 hex digits: SHA1 of the password). Constant-time comparison.
Verification verify_password(std::string_view stored, std::string_view password,
                             KdfCost policy = KdfCost::interactive);

// True when verifying `stored` costs less than an interactive-cost argon2id
// verification: a legacy SHA1, an argon2 hash of lower cost (the demo's
// minimal-cost hashes), or a value that is no hash at all.
bool cheaper_than_interactive(std::string_view stored);

}  // namespace kolmi::identity
