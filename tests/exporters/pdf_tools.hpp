#pragma once
// Helpers for the PDF export tests: render into a temporary file, then look
// at it with the tools a user would (poppler's pdftotext and pdfinfo, qpdf).
// pdftotext warns about libharu's UTF-8 CMap on stderr; stderr is dropped.
#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "exporters/pdf_exports.hpp"
#include "tests/support/scratch_dir.hpp"

namespace kolmi::test {

// A PDF file in a fresh temporary folder, removed with the object.
class PdfFile {
 public:
  PdfFile() = default;

  const std::string& path() const { return path_; }
  // A sink appending to the file.
  exporters::ByteSink sink() {
    out_ = std::make_unique<std::ofstream>(path_, std::ios::binary | std::ios::trunc);
    return [out = out_.get()](std::string_view bytes) {
      out->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    };
  }
  // Closes the file written through sink().
  void close() { out_.reset(); }
  std::string bytes() const {
    std::ifstream in(path_, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

 private:
  ScratchDir dir_{"kolmi-pdf"};
  std::string path_ = dir_.file("out.pdf");
  std::unique_ptr<std::ofstream> out_;
};

struct CommandResult {
  std::string out;
  int status = -1;  // exit status, -1 when the command did not exit normally
};

// Runs `command` through the shell and captures its stdout.
inline CommandResult run_command(const std::string& command) {
  CommandResult r;
  FILE* p = ::popen(command.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = ::pclose(p);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// The text of pages first..last (0: to the end) as pdftotext extracts it.
inline std::string pdf_text(const std::string& path, int first = 1, int last = 0) {
  std::string cmd = "pdftotext -q -enc UTF-8 -f " + std::to_string(first);
  if (last > 0) cmd += " -l " + std::to_string(last);
  const CommandResult r = run_command(cmd + " '" + path + "' - 2>/dev/null");
  REQUIRE(r.status == 0);
  return r.out;
}

// The page count pdfinfo reports.
inline int pdf_pages(const std::string& path) {
  const CommandResult r = run_command("pdfinfo '" + path + "' 2>/dev/null");
  REQUIRE(r.status == 0);
  const auto at = r.out.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::stoi(r.out.substr(at + 6));
}

// qpdf --check's exit status (0: valid).
inline int qpdf_check(const std::string& path) {
  return run_command("qpdf --check '" + path + "' >/dev/null 2>&1").status;
}

}  // namespace kolmi::test
