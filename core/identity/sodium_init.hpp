#pragma once
// Internal to core/identity: every libsodium call must come after
// sodium_init(), which picks the fastest implementations and seeds
// randombytes. Calling this first in each entry point keeps callers (the CLI,
// tests) from having to know.

namespace kolmi::identity::detail {

// Initializes libsodium once per process (thread-safe). Throws
// std::runtime_error when libsodium cannot start (no entropy source).
void ensure_sodium();

}  // namespace kolmi::identity::detail
