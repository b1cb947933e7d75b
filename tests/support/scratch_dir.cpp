#include "tests/support/scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <dirent.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kolmi::test {

namespace {

std::string temp_root() {
  const char* env = std::getenv("TMPDIR");
  std::string root = (env != nullptr && *env != '\0') ? env : "/tmp";
  while (root.size() > 1 && root.back() == '/') root.pop_back();
  return root;
}

}  // namespace

ScratchDir::ScratchDir(std::string_view prefix) {
  std::string pattern = temp_root() + "/" + std::string(prefix) + "-XXXXXX";
  INFO("mkdtemp " << pattern);
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::remove_all(path_, ec) != static_cast<std::uintmax_t>(-1) && !ec) return;
  // A test may have taken write or search permission from a folder inside:
  // give every folder back to its owner, then try once more.
  ec.clear();
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  for (auto it = fs::recursive_directory_iterator(path_, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code ignored;
    if (it->is_directory(ignored) && !it->is_symlink(ignored))
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
  }
  fs::remove_all(path_, ec);
}

std::string ScratchDir::file(std::string_view name) const { return path_ + "/" + std::string(name); }

std::string ScratchDir::write(std::string_view name, std::string_view content) const {
  std::string p = file(name);
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  INFO("writing " << p);
  REQUIRE(out.good());
  return p;
}

ScratchFile::ScratchFile(std::string_view content, std::string_view name) : path_(dir_.write(name, content)) {}

std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

std::vector<std::string> list_dir(const std::string& dir) {
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
