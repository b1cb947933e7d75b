#pragma once
// One error policy for all of kolmi: an expected failure that ends a command is
// a kolmi::Error carrying the documented exit code; main() catches it once,
// prints "kolmi: error: <message>" and exits with the code.
#include <stdexcept>
#include <string>

namespace kolmi {

// Exit codes of the command-line contract (shared/spec/cli.md).
enum class ExitCode : int {
  ok = 0,
  action_failed = 1,  // validation failed or the action could not be done
  usage = 2,          // unknown option, bad value
  auth = 3,           // not logged in, bad credentials, not allowed
  not_found = 4,      // no such item of yours (another user's looks missing)
  storage = 5,        // database or file could not be opened, read or written
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const noexcept { return code_; }

 private:
  ExitCode code_;
};

inline Error usage_error(const std::string& m) { return {ExitCode::usage, m}; }
inline Error auth_error(const std::string& m) { return {ExitCode::auth, m}; }
inline Error not_found_error(const std::string& m) { return {ExitCode::not_found, m}; }
inline Error storage_error(const std::string& m) { return {ExitCode::storage, m}; }
inline Error action_error(const std::string& m) { return {ExitCode::action_failed, m}; }

}  // namespace kolmi
