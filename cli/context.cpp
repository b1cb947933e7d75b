#include "cli/context.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/terminal.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "core/store/schema.hpp"
#include "core/time/datetime.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::cli {

EnvLookup process_environment() {
  return [](std::string_view name) -> std::optional<std::string> {
    const char* v = std::getenv(std::string(name).c_str());
    if (!v) return std::nullopt;
    return std::string(v);
  };
}

namespace {
std::string xdg_path(const EnvLookup& env, std::string_view xdg_var, std::string_view fallback,
                     std::string_view leaf) {
  if (auto base = env(xdg_var); base && !base->empty()) return fmt::format("{}/kolmi/{}", *base, leaf);
  auto home = env("HOME");
  if (!home || home->empty()) {
    throw usage_error(fmt::format("neither {} nor HOME is set; pass the path explicitly", xdg_var));
  }
  return fmt::format("{}/{}/kolmi/{}", *home, fallback, leaf);
}
}  // namespace

std::string default_db_path(const EnvLookup& env) {
  return xdg_path(env, "XDG_DATA_HOME", ".local/share", "kolmi.db");
}

std::string default_session_path(const EnvLookup& env) {
  return xdg_path(env, "XDG_STATE_HOME", ".local/state", "session");
}

std::shared_ptr<const Clock> make_clock(const EnvLookup& env) {
  if (auto pinned = env("KOLMI_NOW"); pinned && !pinned->empty()) {
    // Only its documented form: a date alone or an ISO 'T' is refused.
    auto t = pinned->size() == 19 ? parse_utc(*pinned) : std::nullopt;
    if (!t) throw usage_error(fmt::format("KOLMI_NOW '{}' is not 'YYYY-MM-DD HH:MM:SS'", text::shown(*pinned)));
    return std::make_shared<FixedClock>(*t);
  }
  return std::make_shared<SystemClock>();
}

std::string Context::database_path() const {
  if (!options.db_path.empty()) return options.db_path;
  if (auto v = env("KOLMI_DB"); v && !v->empty()) return *v;
  return default_db_path(env);
}

std::string Context::session_file() const {
  if (!options.session_path.empty()) return options.session_path;
  if (auto v = env("KOLMI_SESSION"); v && !v->empty()) return *v;
  return default_session_path(env);
}

std::string Context::command_path() const {
  std::string path;
  for (const CLI::App* app = root; app != nullptr;) {
    const std::vector<CLI::App*> given = app->get_subcommands();
    if (given.empty()) break;
    app = given.front();
    if (!path.empty()) path += ' ';
    path += app->get_name();
  }
  return path;
}

std::optional<std::string> Context::server_password() const { return env("KOLMI_DB_PASSWORD"); }

store::Database Context::open_database() const {
  return store::open_kolmi_database(database_path(), server_password());
}

xml::Sink Context::stdout_sink() const {
  std::FILE* f = out;
  return [f](std::string_view chunk) {
    if (std::fwrite(chunk.data(), 1, chunk.size(), f) != chunk.size()) {
      throw storage_error(fmt::format("cannot write to standard output: {}", std::strerror(errno)));
    }
  };
}

output::Format Context::output_format(output::Formats can_give, output::Format fallback) const {
  std::string word = options.output;
  std::string_view from = "--output";
  if (word.empty()) {
    if (auto v = env("KOLMI_OUTPUT"); v && !v->empty()) {
      word = *v;
      from = "KOLMI_OUTPUT";
    }
  }
  if (word.empty()) return fallback;
  auto format = output::parse_format(word);
  if (!format) {
    throw usage_error(fmt::format("{}: '{}' is not a format (use xml, json, csv, tsv or table)", from,
                                  text::shown(word)));
  }
  if (!can_give.has(*format)) {
    throw usage_error(fmt::format("{}: this command cannot print {}; it prints {}", from, word, can_give.names()));
  }
  return *format;
}

output::Format Context::admin_output_format(output::Formats can_give) const {
  return output_format(can_give, is_terminal(out) ? output::Format::table : output::Format::tsv);
}

std::unique_ptr<output::TreeWriter> Context::tree_writer(output::Format format) const {
  output::TableOptions table;
  table.width = terminal_width(out, env);
  return output::make_tree_writer(format, stdout_sink(), table);
}

}  // namespace kolmi::cli
