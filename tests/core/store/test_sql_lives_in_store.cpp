// All SQL lives in core/store/ (issue 14 item 2): pages, actions, imports,
// the demo, the CLI and the exporters talk to typed store functions and
// cursors, never to SQL text or SQLite's C API, so a second back-end is one
// folder. A source scan, like the conflines one in test_settings_catalog.cpp,
// but for every statement.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The project's source folder (tests/data is two levels down).
#define KOLMI_SOURCE_DIR KOLMI_TEST_DATA_DIR "/../.."

struct Rule {
  const char* what;
  std::regex pattern;
};

// What only the store may do. Comment lines are skipped, so a comment may
// still say what a store function's SQL does.
const std::vector<Rule>& rules() {
  static const std::vector<Rule> all = {
      {"prepares or runs SQL on a Database", std::regex(R"((\.|->)\s*(prepare|exec)\s*\()")},
      {"includes SQLite's header", std::regex(R"(#\s*include\s*<sqlite3\.h>)")},
      {"uses SQLite's C API", std::regex(R"(\bsqlite3_[a-z0-9_]+)")},
      {"holds a store::Statement", std::regex(R"(\bstore::Statement\b)")},
      {"writes SQL text",
       std::regex(R"re(R"SQL\(|"\s*(SELECT|INSERT|UPDATE|DELETE|WITH|PRAGMA|CREATE|BEGIN)\s)re")},
  };
  return all;
}

std::vector<std::string> violations_in(const std::filesystem::path& file, const std::string& rel) {
  std::vector<std::string> found;
  std::ifstream in(file);
  REQUIRE(in.good());
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const auto first = line.find_first_not_of(" \t");
    if (first != std::string::npos && line.compare(first, 2, "//") == 0) continue;
    for (const Rule& r : rules()) {
      if (std::regex_search(line, r.pattern))
        found.push_back(rel + ":" + std::to_string(number) + ": " + r.what);
    }
  }
  return found;
}

}  // namespace

TEST_CASE("only core/store holds SQL and talks to SQLite", "[store][sql]") {
  namespace fs = std::filesystem;
  std::vector<std::string> violations;
  int files = 0;
  for (const char* folder : {"core", "cli", "exporters"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(KOLMI_SOURCE_DIR) / folder)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".cpp" && ext != ".hpp") continue;
      const std::string rel = fs::relative(entry.path(), KOLMI_SOURCE_DIR).generic_string();
      if (rel.rfind("core/store/", 0) == 0) continue;
      ++files;
      for (std::string& v : violations_in(entry.path(), rel)) violations.push_back(std::move(v));
    }
  }
  std::ostringstream list;
  for (const std::string& v : violations) list << "\n  " << v;
  INFO("outside core/store (move the statement into a typed store function):" << list.str());
  CHECK(violations.empty());
  CHECK(files > 100);  // the scan found the sources
}

TEST_CASE("the SQL scan sees what it must refuse", "[store][sql]") {
  // The rules themselves, on lines like the ones they exist for.
  auto hits = [](const std::string& line) {
    int n = 0;
    for (const Rule& r : rules()) n += std::regex_search(line, r.pattern) ? 1 : 0;
    return n;
  };
  CHECK(hits(R"x(  store::Statement s = db.prepare("SELECT id FROM users WHERE username = ?");)x") == 3);
  CHECK(hits(R"x(  pc.db.exec("PRAGMA journal_mode = OFF");)x") == 2);
  CHECK(hits(R"x(  db_->prepare(sql);)x") == 1);
  CHECK(hits("#include <sqlite3.h>") == 1);
  CHECK(hits("  sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);") == 1);
  CHECK(hits(R"x(constexpr std::string_view kSql = R"SQL()x") == 1);
  CHECK(hits(R"x(  "INSERT INTO calls (id) VALUES (?)")x") == 1);
  // What is not SQL: a prepare step of an export, a message, a store call.
  CHECK(hits("  auto job = std::forward<Prepare>(prepare)(pc);") == 0);
  CHECK(hits(R"x(  throw usage_error("select one of --from or --period");)x") == 0);
  CHECK(hits("  store::insert_session(db, row);") == 0);
}
