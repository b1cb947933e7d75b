#include "exporters/pdf/font_locator.hpp"

#include "exporters/pdf/pdf_libraries.hpp"
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <memory>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace kolmi::exporters::pdf {

namespace {

struct ConfigFree {
  void operator()(FcConfig* c) const { fontconfig().FcConfigDestroy(c); }
};
struct PatternFree {
  void operator()(FcPattern* p) const { fontconfig().FcPatternDestroy(p); }
};
using ConfigPtr = std::unique_ptr<FcConfig, ConfigFree>;
using PatternPtr = std::unique_ptr<FcPattern, PatternFree>;

std::string pattern_string(const FcPattern* p, const char* object) {
  FcChar8* value = nullptr;
  if (fontconfig().FcPatternGetString(p, object, 0, &value) != FcResultMatch || value == nullptr) return {};
  return reinterpret_cast<const char*>(value);
}

std::string not_found(const std::string& detail) {
  return std::string("no TrueType font \"") + kDefaultFontFamily + "\" found through fontconfig (" + detail +
         "); install fonts-dejavu-core or give the path of a TrueType font";
}

std::string from_fontconfig() {
  // A configuration of our own (not the library's global one), destroyed
  // when done, so nothing stays allocated after the export.
  ConfigPtr config(fontconfig().FcInitLoadConfigAndFonts());
  if (!config) throw storage_error(not_found("fontconfig could not load its configuration"));
  PatternPtr pattern(fontconfig().FcNameParse(reinterpret_cast<const FcChar8*>(kDefaultFontFamily)));
  if (!pattern) throw storage_error(not_found("out of memory"));
  fontconfig().FcConfigSubstitute(config.get(), pattern.get(), FcMatchPattern);
  fontconfig().FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  PatternPtr match(fontconfig().FcFontMatch(config.get(), pattern.get(), &result));
  if (!match || result != FcResultMatch) throw storage_error(not_found("no match"));
  const std::string family = pattern_string(match.get(), FC_FAMILY);
  const std::string format = pattern_string(match.get(), FC_FONTFORMAT);
  std::string file = pattern_string(match.get(), FC_FILE);
  if (family != kDefaultFontFamily || format != "TrueType" || file.empty()) {
    throw storage_error(
        not_found("the best match is \"" + family + "\"" + (file.empty() ? "" : " in " + file)));
  }
  return file;
}

std::uint32_t big_endian(const unsigned char* p, int bytes) {
  std::uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
  return v;
}

}  // namespace

void check_truetype(const std::string& path) {
  auto bad = [&](const std::string& why) { return storage_error("font file " + path + ": " + why); };
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw bad(std::strerror(errno));
  const auto size = static_cast<std::uint64_t>(in.tellg());
  in.seekg(0);
  std::array<unsigned char, 12> header{};
  if (!in.read(reinterpret_cast<char*>(header.data()), header.size()))
    throw bad("not a TrueType font (too short)");
  const std::uint32_t version = big_endian(header.data(), 4);
  if (version == 0x74746366) throw bad("a font collection (.ttc); give a single-font .ttf file");
  if (version == 0x4F54544F)
    throw bad("an OpenType font with PostScript (CFF) outlines; libharu needs TrueType outlines");
  if (version != 0x00010000 && version != 0x74727565) throw bad("not a TrueType font");
  const std::size_t tables = big_endian(header.data() + 4, 2);
  if (tables == 0 || tables > 256) throw bad("not a TrueType font (bad table count)");
  std::vector<unsigned char> directory(16 * tables);
  if (!in.read(reinterpret_cast<char*>(directory.data()), static_cast<std::streamsize>(directory.size()))) {
    throw bad("not a TrueType font (table directory cut short)");
  }
  constexpr std::array<std::string_view, 7> kRequired{"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"};
  std::array<bool, kRequired.size()> found{};
  for (std::size_t t = 0; t < tables; ++t) {
    const unsigned char* entry = directory.data() + 16 * t;
    const std::string_view tag(reinterpret_cast<const char*>(entry), 4);
    const std::uint64_t offset = big_endian(entry + 8, 4);
    const std::uint64_t length = big_endian(entry + 12, 4);
    if (offset + length > size)
      throw bad("damaged TrueType font (table '" + std::string(tag) + "' outside the file)");
    for (std::size_t r = 0; r < kRequired.size(); ++r) found[r] = found[r] || tag == kRequired[r];
  }
  for (std::size_t r = 0; r < kRequired.size(); ++r) {
    if (!found[r]) throw bad("TrueType font without the '" + std::string(kRequired[r]) + "' table");
  }
}

std::string locate_font(const std::string& configured) {
  if (configured.empty()) {
    std::string found = from_fontconfig();
    check_truetype(found);
    return found;
  }
  struct stat st {};
  if (::stat(configured.c_str(), &st) != 0) {
    throw storage_error("font file " + configured + ": " + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) throw storage_error("font file " + configured + ": not a regular file");
  if (::access(configured.c_str(), R_OK) != 0) {
    throw storage_error("font file " + configured + ": " + std::strerror(errno));
  }
  check_truetype(configured);
  return configured;
}

}  // namespace kolmi::exporters::pdf
