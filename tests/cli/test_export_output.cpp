// Where exports go: -o FILE, -o DIR/, stdout, the PDF-to-a-terminal refusal
// (with the terminal test injected), and the atomic file: a failing export
// leaves neither the file nor its temporary file, and an existing target
// stays as it was.
#include <catch2/catch.hpp>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "cli/export_output.hpp"
#include "tests/support/exit_code_of.hpp"
#include "tests/support/scratch_dir.hpp"
#include "core/error.hpp"

using namespace kolmi;
using exporters::ExportFormat;

namespace {
using test::list_dir;
using test::slurp;
using kolmi::test::code_of;
std::vector<std::string> entries(const std::string& dir) { return list_dir(dir); }
}  // namespace

TEST_CASE("export_path: stdout, a file, a folder", "[export]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  const std::string name = "Rates-Personal-demo-USD.csv";
  CHECK(cli::export_path(std::nullopt, name, ExportFormat::csv, true) == std::nullopt);
  CHECK(cli::export_path(std::string("-"), name, ExportFormat::csv, true) == std::nullopt);
  CHECK(cli::export_path(std::string("out.csv"), name, ExportFormat::csv, true) == "out.csv");
  CHECK(cli::export_path(dir + "/", name, ExportFormat::csv, false) == dir + "/" + name);
  CHECK(cli::export_path(dir, name, ExportFormat::csv, false) == dir + "/" + name);  // an existing folder
  CHECK(cli::export_path(std::string("new-folder/"), name, ExportFormat::csv, false) == "new-folder/" + name);
  CHECK(code_of([&] { cli::export_path(std::string(""), name, ExportFormat::csv, false); }) ==
        ExitCode::usage);
  ::rmdir(dir.c_str());
}

TEST_CASE("export_path: a PDF is refused on a terminal, not in a pipe or a file", "[export]") {
  const std::string name = "Calls-demo-2026-11-28-2026-11-28-USD.pdf";
  try {
    cli::export_path(std::nullopt, name, ExportFormat::pdf, true);
    FAIL("a PDF went to a terminal");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
    CHECK(std::string(e.what()) ==
          "a PDF is not shown on a terminal: give -o FILE or -o DIR/, or redirect stdout");
  }
  CHECK(code_of([&] { cli::export_path(std::string("-"), name, ExportFormat::pdf, true); }) ==
        ExitCode::usage);
  CHECK(cli::export_path(std::nullopt, name, ExportFormat::pdf, false) == std::nullopt);
  CHECK(cli::export_path(std::string("x.pdf"), name, ExportFormat::pdf, true) == "x.pdf");
  CHECK(cli::export_path(std::string("out/"), name, ExportFormat::pdf, true) == "out/" + name);
}

TEST_CASE("export_path: an XLSX is refused on a terminal like a PDF", "[export]") {
  const std::string name = "Calls-demo-2026-11-28-2026-11-28-USD.xlsx";
  try {
    cli::export_path(std::nullopt, name, ExportFormat::xlsx, true);
    FAIL("an XLSX went to a terminal");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
    CHECK(std::string(e.what()) ==
          "an XLSX is not shown on a terminal: give -o FILE or -o DIR/, or redirect stdout");
  }
  CHECK(cli::export_path(std::nullopt, name, ExportFormat::xlsx, false) == std::nullopt);
  CHECK(cli::export_path(std::nullopt, name, ExportFormat::csv, true) == std::nullopt);
  CHECK(cli::export_path(std::string("out/"), name, ExportFormat::xlsx, true) == "out/" + name);
}

TEST_CASE("write_export: atomic file, nothing left behind on failure", "[export]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  const std::string target = dir + "/calls.csv";
  cli::Context ctx;
  auto produce = [](std::string text) { return [text](const exporters::ByteSink& sink) { sink(text); }; };

  SECTION("a complete export replaces the target") {
    std::ofstream(target) << "old";
    cli::write_export(ctx, target, produce("a;b\r\n"));
    CHECK(slurp(target) == "a;b\r\n");
    CHECK(entries(dir) == std::vector<std::string>{"calls.csv"});
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    CHECK((st.st_mode & 0777) == (0666 & ~mask));
  }
  SECTION("a failure half way leaves the old target and no temporary file") {
    std::ofstream(target) << "old";
    CHECK_THROWS_AS(cli::write_export(ctx, target,
                                      [](const exporters::ByteSink& sink) {
                                        sink("half");
                                        throw std::runtime_error("disk on fire");
                                      }),
                    std::runtime_error);
    CHECK(slurp(target) == "old");
    CHECK(entries(dir) == std::vector<std::string>{"calls.csv"});
  }
  SECTION("a failure with no target leaves nothing") {
    CHECK(code_of([&] {
            cli::write_export(ctx, target, [](const exporters::ByteSink& sink) {
              sink("half");
              throw storage_error("database is locked");
            });
          }) == ExitCode::storage);
    CHECK(entries(dir).empty());
  }
  SECTION("a folder that does not exist is a storage error naming the file") {
    try {
      cli::write_export(ctx, dir + "/missing/calls.csv", produce("x"));
      FAIL("wrote into a missing folder");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::storage);
      CHECK(std::string(e.what()).find(dir + "/missing/calls.csv") != std::string::npos);
    }
    CHECK(entries(dir).empty());
  }
  SECTION("stdout") {
    std::FILE* out = std::tmpfile();
    ctx.out = out;
    cli::write_export(ctx, std::nullopt, produce("to stdout"));
    std::rewind(out);
    char buf[32] = {};
    CHECK(std::fread(buf, 1, sizeof buf - 1, out) == 9);
    CHECK(std::string(buf) == "to stdout");
    std::fclose(out);
    CHECK(entries(dir).empty());
  }
  ::unlink(target.c_str());
  ::rmdir(dir.c_str());
}
