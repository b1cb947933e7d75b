#pragma once
// libharu and fontconfig, loaded when the first PDF is made rather than when
// kolmi starts.
//
// Why: the PDF stack (libhpdf, fontconfig and what they pull in: freetype,
// libpng, zlib, expat, brotli) is 8 of the 17 shared libraries a directly
// linked binary loads, and the dynamic loader maps and relocates every one of
// them before main(), for every command: about 2.5 million instructions and
// 3 ms of each run, in a tool that scripts call once per user in a loop and
// that mostly prints XML or rows. So the binary does not link them; the
// exporters call them through these tables, filled with dlopen/dlsym on first
// use. The headers still declare the functions: `decltype(&::HPDF_New)` keeps
// every pointer's type exactly the library's, checked by the compiler.
//
// A missing library is an error of the export that needed it (exit 5 with
// the library's file name and the Debian package that has it); every other
// command works without it. The package's Depends name both libraries
// (cmake/Packaging.cmake), since dpkg-shlibdeps cannot see a dlopen.
#include <fontconfig/fontconfig.h>
#include <hpdf.h>

namespace kolmi::exporters::pdf {

// Every libharu function kolmi calls. Add one here before calling it.
#define KOLMI_LIBHARU_FUNCTIONS(X) \
  X(HPDF_AddPage)                  \
  X(HPDF_Font_GetUnicodeWidth)     \
  X(HPDF_Free)                     \
  X(HPDF_GetFont)                  \
  X(HPDF_Image_GetHeight)          \
  X(HPDF_Image_GetWidth)           \
  X(HPDF_LoadJpegImageFromMem)     \
  X(HPDF_LoadPngImageFromMem)      \
  X(HPDF_LoadTTFontFromFile)       \
  X(HPDF_New)                      \
  X(HPDF_Page_BeginText)           \
  X(HPDF_Page_Circle)              \
  X(HPDF_Page_DrawImage)           \
  X(HPDF_Page_EndText)             \
  X(HPDF_Page_Fill)                \
  X(HPDF_Page_LineTo)              \
  X(HPDF_Page_MoveTo)              \
  X(HPDF_Page_MoveToNextLine)      \
  X(HPDF_Page_Rectangle)           \
  X(HPDF_Page_SetFontAndSize)      \
  X(HPDF_Page_SetGrayFill)         \
  X(HPDF_Page_SetGrayStroke)       \
  X(HPDF_Page_SetLineJoin)         \
  X(HPDF_Page_SetLineWidth)        \
  X(HPDF_Page_SetRGBFill)          \
  X(HPDF_Page_SetRGBStroke)        \
  X(HPDF_Page_SetSize)             \
  X(HPDF_Page_SetTextLeading)      \
  X(HPDF_Page_ShowTextNextLine)    \
  X(HPDF_Page_Stroke)              \
  X(HPDF_Page_TextOut)             \
  X(HPDF_ReadFromStream)           \
  X(HPDF_SaveToStream)             \
  X(HPDF_SetCompressionMode)       \
  X(HPDF_SetCurrentEncoder)        \
  X(HPDF_SetInfoAttr)              \
  X(HPDF_SetPagesConfiguration)    \
  X(HPDF_UseUTFEncodings)

// Every fontconfig function kolmi calls.
#define KOLMI_FONTCONFIG_FUNCTIONS(X) \
  X(FcConfigDestroy)                  \
  X(FcConfigSubstitute)               \
  X(FcDefaultSubstitute)              \
  X(FcFontMatch)                      \
  X(FcInitLoadConfigAndFonts)         \
  X(FcNameParse)                      \
  X(FcPatternDestroy)                 \
  X(FcPatternGetString)

#define KOLMI_POINTER_TO(name) decltype(&::name) name = nullptr;

struct Libharu {
  KOLMI_LIBHARU_FUNCTIONS(KOLMI_POINTER_TO)
};

struct Fontconfig {
  KOLMI_FONTCONFIG_FUNCTIONS(KOLMI_POINTER_TO)
};

#undef KOLMI_POINTER_TO

// The loaded library, loaded on the first call (thread-safe). Throws
// Error(storage) when the library or one of its functions is missing.
const Libharu& haru();
const Fontconfig& fontconfig();

}  // namespace kolmi::exporters::pdf
