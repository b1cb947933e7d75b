#include "core/import/import_input.hpp"

#include <cerrno>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"

namespace kolmi::import {

namespace {
constexpr std::string_view kStdin = "-";
}  // namespace

std::string input_name(std::string_view path) { return path == kStdin ? "<stdin>" : std::string(path); }

ImportInput::ImportInput(const std::string& path, std::FILE* standard_input) : name_(input_name(path)) {
  if (path == kStdin) {
    if (!standard_input) throw usage_error("'-' (standard input) cannot be read here; give a file name");
    file_ = standard_input;
    return;
  }
  owned_.reset(std::fopen(path.c_str(), "rb"));
  if (!owned_) throw storage_error(fmt::format("cannot open {}: {}", path, io::errno_text(errno)));
  file_ = owned_.get();
}

}  // namespace kolmi::import
