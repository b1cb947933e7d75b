#pragma once
// Finds the TrueType font the PDF exports embed.
#include <string>

namespace kolmi::exporters::pdf {

// The family looked up through fontconfig when no font file is configured
// (Debian: fonts-dejavu-core). It covers Latin, Cyrillic, €, ₽, — and ….
inline constexpr const char* kDefaultFontFamily = "DejaVu Sans";

// The path of the font file to embed: `configured` when not empty (it must
// be a readable regular file), else the file of the TrueType font
// "DejaVu Sans" as fontconfig matches it. Throws Error(storage) naming what
// was searched: the configured path, or the family when fontconfig finds no
// TrueType font of that family (it would otherwise offer a substitute that
// may lack Cyrillic); and as check_truetype does for a file that is not a
// usable TrueType font.
std::string locate_font(const std::string& configured);

// Throws Error(storage) naming `path` unless it holds a TrueType font as
// libharu reads it: a single font (not a .ttc collection) with TrueType
// outlines (not CFF), whose table directory lies inside the file and lists
// the tables libharu needs. libharu 2.3 trusts the directory and crashes on
// a file that is not a font, so this runs before it sees the file.
void check_truetype(const std::string& path);

}  // namespace kolmi::exporters::pdf
