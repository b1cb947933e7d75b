// Imports read stdin when the file is "-": through a pipe (which can be
// read only once, never rewound), named <stdin> in every message.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "core/import/deck_import.hpp"
#include "core/import/deck_reader.hpp"
#include "core/import/import_input.hpp"
#include "tests/core/import/import_fixture.hpp"
#include "tests/support/scratch_dir.hpp"

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

TEST_CASE("a regular file (read and written at once) and a pipe (spooled first) store the same calls",
          "[import][stdin]") {
  // 6,100 records: more than one block between the import's two threads.
  std::string cdrs;
  for (int i = 0; i < 6000; ++i) {
    cdrs += cdr_line(i % 2 ? "100" : "101", i % 3 ? "37060000" + std::to_string(i) : "1555" + std::to_string(i),
                     i % 2 ? "SIP/100-1" : "SIP/101-1", "", fmt::format("2024-05-01 10:{:02}:{:02}", i / 60 % 60, i % 60),
                     std::to_string(i % 300), "u" + std::to_string(i));
  }
  std::size_t first_100 = 0;
  for (int line = 0; line < 100; ++line) first_100 = cdrs.find('\n', first_100) + 1;
  cdrs += cdrs.substr(0, first_100);  // the first 100 records again: duplicates within the file
  const ScratchDir dir;
  const std::string path = dir.write("Master.csv", cdrs);
  auto setup = [](ImportFixture& f) {
    f.device(f.user("ona"), "SIP", "100", "100");
    f.device(f.user("jonas"), "SIP", "101", "101");
  };
  ImportFixture from_file;
  setup(from_file);
  const import::CdrImportSummary a = from_file.import_file(path);

  ImportFixture from_pipe;
  setup(from_pipe);
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::thread feeder([&] {
    std::string_view rest = cdrs;
    while (!rest.empty()) {
      const ssize_t n = ::write(fds[1], rest.data(), rest.size());
      if (n <= 0) break;
      rest.remove_prefix(static_cast<std::size_t>(n));
    }
    ::close(fds[1]);
  });
  std::FILE* in = ::fdopen(fds[0], "rb");
  import::CdrImportOptions o;
  o.path = "-";
  o.standard_input = in;
  const import::CdrImportSummary b = import::import_cdr_file(from_pipe.db, o);
  feeder.join();
  std::fclose(in);

  CHECK(a.read == 6100);
  CHECK(a.imported == 6000);
  CHECK(a.duplicates == 100);
  CHECK(b.read == a.read);
  CHECK(b.imported == a.imported);
  CHECK(b.duplicates == a.duplicates);
  CHECK(b.unrated == a.unrated);
  const std::string every_column =
      "SELECT calldate, src, dst, channel, billsec, uniqueid, user_id, src_device_id, user_rate, user_price, "
      "user_billsec, prefix FROM calls ORDER BY id";
  auto rows = [&](ImportFixture& f) {
    std::string out;
    store::Statement s = f.db.prepare(every_column);
    while (s.step()) {
      // Texts as text, numbers as numbers: the same on both back-ends.
      for (int c : {0, 1, 2, 3, 5, 11}) out += (s.is_null(c) ? std::string("NULL") : s.str(c)) + '|';
      for (int c : {4, 6, 7, 8, 9, 10}) {
        const auto v = s.opt_int64(c);
        out += (v ? std::to_string(*v) : std::string("NULL")) + '|';
      }
      out += '\n';
    }
    return out;
  };
  const std::string stored = rows(from_file);
  CHECK(std::count(stored.begin(), stored.end(), '\n') == 6000);
  CHECK(rows(from_pipe) == stored);
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
