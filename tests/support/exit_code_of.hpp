#pragma once
// The exit code an action ends with: the code of the kolmi::Error it throws
// (its message into *message, when given), ExitCode::ok when it returns.
#include <functional>
#include <string>

#include "core/error.hpp"

namespace kolmi::test {

inline ExitCode code_of(const std::function<void()>& action, std::string* message = nullptr) {
  try {
    action();
  } catch (const Error& e) {
    if (message) *message = e.what();
    return e.code();
  }
  return ExitCode::ok;
}

}  // namespace kolmi::test
