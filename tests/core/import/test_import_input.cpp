// Imports read stdin when the file is "-": through a pipe (which can be
// read only once, never rewound), named <stdin> in every message.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <string>

#include "core/import/deck_import.hpp"
#include "core/import/deck_reader.hpp"
#include "core/import/import_input.hpp"
#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;
using namespace kolmi::test;

namespace {

// The read end of a pipe holding `content` (under the pipe's 64 KiB
// buffer), its write end closed: what `zcat file |` hands kolmi.
class Pipe {
 public:
  explicit Pipe(const std::string& content) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    REQUIRE(content.size() < 65536);
    REQUIRE(::write(fds[1], content.data(), content.size()) == static_cast<ssize_t>(content.size()));
    ::close(fds[1]);
    file_ = ::fdopen(fds[0], "rb");
    REQUIRE(file_ != nullptr);
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  ~Pipe() { std::fclose(file_); }
  std::FILE* file() const { return file_; }

 private:
  std::FILE* file_ = nullptr;
};

std::string import_error(ImportFixture& f, const import::CdrImportOptions& o) {
  try {
    import::import_cdr_file(f.db, o);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::action_failed);
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a CDR import reads a pipe for -, and names it <stdin>", "[import][stdin]") {
  ImportFixture f;
  const std::string good = cdr_line("100", "700", "SIP/100-1", "", "2024-05-01 10:00:00", "5", "u1") +
                           cdr_line("100", "701", "SIP/100-2", "", "2024-05-01 10:01:00", "6", "u2");
  Pipe in(good);
  import::CdrImportOptions o;
  o.path = "-";
  o.standard_input = in.file();
  const import::CdrImportSummary sum = import::import_cdr_file(f.db, o);
  CHECK(sum.read == 2);
  CHECK(sum.imported == 2);
  CHECK(f.count() == 2);

  Pipe bad(good + cdr_line("100", "702", "SIP/100-3", "", "2024-02-30 10:00:00", "5", "u3"));
  o.standard_input = bad.file();
  CHECK(import_error(f, o).starts_with("<stdin>:3: start time '2024-02-30 10:00:00'"));
  Pipe empty("");
  o.standard_input = empty.file();
  CHECK(import_error(f, o) == "<stdin>: no records");
  CHECK(f.count() == 2);
}

TEST_CASE("a dash without a standard input is a usage error, other names are files", "[import][stdin]") {
  CHECK(import::input_name("-") == "<stdin>");
  CHECK(import::input_name("./-") == "./-");
  try {
    import::ImportInput input("-", nullptr);
    FAIL("opened nothing");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
  }
}

TEST_CASE("a rate deck from a pipe: the separator is found without reading twice", "[import][stdin][decks]") {
  // A ';' header: the reader looks at it in its buffer; rewinding a pipe
  // would lose it.
  Pipe in("prefix;name;rate\n370;Lithuania;0,12\n3706;Lithuania Mobile;0,2\n");
  const import::Deck deck = import::read_deck(in.file(), import::DeckKind::rates);
  REQUIRE(deck.rows.size() == 2);
  CHECK(deck.rows[1].prefix == "3706");
  CHECK(deck.rows[1].price.rate.to_string() == "0.2");

  ImportFixture f;
  Pipe bad("prefix,name,rate\n370,Lithuania,x\n");
  import::RateImportOptions o;
  o.path = "-";
  o.standard_input = bad.file();
  o.tariff = "T";
  try {
    import::import_rates_file(f.db, o);
    FAIL("a bad price was imported");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "<stdin>:2: the price per minute 'x' is not a number");
  }
}
