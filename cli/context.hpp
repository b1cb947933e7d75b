#pragma once
// What every command needs from the outside world, gathered once in main():
// global options, the clock, the environment, stdout/stdin. Commands receive
// it by reference; nothing here is global.
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/output/format.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"
#include "core/xml/xml_writer.hpp"

namespace CLI {
class App;
}

namespace kolmi::cli {

struct GlobalOptions {
  std::string db_path;       // --db / KOLMI_DB
  std::string session_path;  // --session / KOLMI_SESSION
  std::string as_user;       // --as
  std::string lang;          // --lang
  std::string output;        // --output (else KOLMI_OUTPUT)
};

// Reads an environment variable; tests substitute a map.
using EnvLookup = std::function<std::optional<std::string>(std::string_view)>;
EnvLookup process_environment();

struct Context {
  GlobalOptions options;
  EnvLookup env = process_environment();
  std::shared_ptr<const Clock> clock;  // "now" of pages and data (KOLMI_NOW may pin it)
  // "now" of sessions: always the system clock in the binary, never
  // KOLMI_NOW, so pinning the clock cannot make a session last longer.
  std::shared_ptr<const Clock> session_clock = std::make_shared<SystemClock>();
  std::FILE* out = stdout;  // pages and actions
  std::FILE* in = stdin;    // --password-stdin, '-' values
  int exit_code = 0;        // set by actions that print a failed status
  const CLI::App* root = nullptr;  // the command tree being run (cli::run sets it)

  // The subcommands given, by name: "admin user add". "" before parsing or
  // without a root. What the audit trail records as the command.
  std::string command_path() const;

  // --db, KOLMI_DB or the default path: an SQLite path or a mariadb:// URL.
  std::string database_path() const;
  // A MariaDB server's password: KOLMI_DB_PASSWORD, else none (the option
  // files' or unix_socket authentication). Never from the command line.
  std::optional<std::string> server_password() const;
  // --session, KOLMI_SESSION or the default path.
  std::string session_file() const;
  // Opens the kolmi database at database_path() (which must exist) as
  // store::open_kolmi_database does. Throws Error(storage).
  store::Database open_database() const;
  // A sink writing to `out`; throws Error(storage) when stdout cannot be written.
  xml::Sink stdout_sink() const;
  // The output format asked for: --output, else KOLMI_OUTPUT, else
  // `fallback`. Error(usage) when it is not one of `can_give`, naming them
  // (and KOLMI_OUTPUT when the word came from there). Called before anything
  // is opened, so a wrong format prints nothing.
  output::Format output_format(output::Formats can_give, output::Format fallback) const;
  // What admin commands print by default: a table for a person at a
  // terminal, TSV for a pipe or a file.
  output::Format admin_output_format(output::Formats can_give) const;
  // A tree writer of `format` on stdout; a table fits the terminal's width.
  std::unique_ptr<output::TreeWriter> tree_writer(output::Format format) const;
};

// Default paths of the contract: $XDG_DATA_HOME/kolmi/kolmi.db and
// $XDG_STATE_HOME/kolmi/session, falling back to ~/.local/{share,state}.
std::string default_db_path(const EnvLookup& env);
std::string default_session_path(const EnvLookup& env);

// The clock: KOLMI_NOW ('YYYY-MM-DD HH:MM:SS', UTC) pins "now" for tests and
// for reproducing what a customer saw; otherwise the system clock.
std::shared_ptr<const Clock> make_clock(const EnvLookup& env);

}  // namespace kolmi::cli
