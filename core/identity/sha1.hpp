#pragma once
// SHA-1 (FIPS 180-4), only to check legacy MOR password hashes (40 hex digits
// of SHA1(password)) so those users can log in once and be upgraded to
// argon2id. libsodium has no SHA-1; never use this for anything new.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kolmi::identity {

using Sha1Digest = std::array<std::uint8_t, 20>;

// The digest of `data`. Never fails.
Sha1Digest sha1(std::string_view data);
// The digest as 40 lower-case hex digits.
std::string sha1_hex(std::string_view data);

}  // namespace kolmi::identity
