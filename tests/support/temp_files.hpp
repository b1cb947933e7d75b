#pragma once
// Scratch folders and file contents for tests that touch the file system.
#include <catch2/catch.hpp>

#include <dirent.h>
#include <stdlib.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace kolmi::test {

// A new empty folder /tmp/<prefix>-XXXXXX (the test fails when it cannot be made).
inline std::string make_temp_dir(std::string_view prefix = "kolmi-test") {
  std::string pattern = "/tmp/" + std::string(prefix) + "-XXXXXX";
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  return pattern;
}

// The whole file; "" when it cannot be read.
inline std::string slurp(const std::string& path) {
  std::ifstream f(path);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// The names in `dir` (dot-files included, "." and ".." not), sorted; empty
// when `dir` cannot be read.
inline std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return names;
  while (auto* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace kolmi::test
