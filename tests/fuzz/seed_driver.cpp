// A stand-in for libFuzzer's main: runs files through the target's
// LLVMFuzzerTestOneInput, so every test build (g++ too) compiles the fuzz
// targets and runs them on their seeds; a crash or sanitizer report fails
// the test. Each file runs as it is and with '0' and '1' in front, because
// the targets' first byte picks a variant (separator, kind of deck).
// Usage: fuzz_TARGET_seeds FILE|FOLDER...   (a folder: its regular files)
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void run(const std::string& bytes) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path arg(argv[i]);
    if (fs::is_directory(arg)) {
      for (const auto& entry : fs::directory_iterator(arg)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: %s FILE|FOLDER...\n", argv[0]);
    return 2;
  }
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", file.c_str());
      return 1;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    run(bytes);
    run('0' + bytes);
    run('1' + bytes);
  }
  std::printf("%zu files ran through the target, 3 variants each\n", files.size());
  return 0;
}
