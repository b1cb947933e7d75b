#include "exporters/pdf/pdf_document.hpp"

#include <array>
#include <cstdio>
#include <string_view>
#include <utility>

#include "core/error.hpp"

namespace kolmi::exporters::pdf {

namespace {

// Pages per intermediate node of the page tree. libharu's default puts every
// page under the root, whose kids array stops at 32,767 entries; with this
// the tree has two levels and holds 32,767 x 256 pages.
constexpr HPDF_UINT kPagesPerNode = 256;

// Libharu's meaning of the error codes an export can meet.
std::string_view meaning(HPDF_STATUS code) {
  switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM:
      return "out of memory";
    case HPDF_FILE_IO_ERROR:
      return "file read error";
    case HPDF_FILE_OPEN_ERROR:
      return "cannot open the file";
    case HPDF_INVALID_DOCUMENT:
      return "the document is in an error state";
    case HPDF_INVALID_TTC_FILE:
    case HPDF_TTF_INVALID_FOMAT:
      return "not a TrueType font";
    case HPDF_TTF_MISSING_TABLE:
      return "the TrueType font lacks a required table";
    case HPDF_TTF_INVALID_CMAP:
      return "the TrueType font has no usable character map";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
      return "the font's license forbids embedding";
    case HPDF_PAGE_OUT_OF_RANGE:
      return "too many pages";
    case HPDF_REAL_OUT_OF_RANGE:
      return "a coordinate is out of range";
    case HPDF_STRING_OUT_OF_RANGE:
      return "a text is too long";
    default:
      return "see libharu's error codes";
  }
}

}  // namespace

void Document::on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) {
  auto* first = static_cast<FirstError*>(user_data);
  if (first->code == HPDF_OK) *first = {code, detail};
}

Document::Document() : error_(std::make_unique<FirstError>()) {
  doc_.reset(haru().HPDF_New(&Document::on_error, error_.get()));
  if (!doc_) throw storage_error("PDF: cannot create a document (out of memory)");
  check(haru().HPDF_SetCompressionMode(get(), HPDF_COMP_ALL), "HPDF_SetCompressionMode");
  check(haru().HPDF_UseUTFEncodings(get()), "HPDF_UseUTFEncodings");
  check(haru().HPDF_SetPagesConfiguration(get(), kPagesPerNode), "HPDF_SetPagesConfiguration");
}

void Document::fail(HPDF_STATUS status, const char* what) const {
  const HPDF_STATUS code = error_->code != HPDF_OK ? error_->code : status;
  const HPDF_STATUS detail = error_->code != HPDF_OK ? error_->detail : 0;
  std::array<char, 64> codes{};
  std::snprintf(codes.data(), codes.size(), "libharu error 0x%04lX, detail %lu",
                static_cast<unsigned long>(code), static_cast<unsigned long>(detail));
  throw storage_error("PDF: " + std::string(what) + " failed (" + codes.data() + ": " +
                      std::string(meaning(code)) + ")");
}

Fonts Document::load_font(const std::string& path) {
  const char* name = haru().HPDF_LoadTTFontFromFile(get(), path.c_str(), HPDF_TRUE);
  if (name == nullptr) fail(HPDF_OK, ("loading the font " + path).c_str());
  Fonts fonts;
  fonts.utf8 = checked(haru().HPDF_GetFont(get(), name, "UTF-8"), "HPDF_GetFont (UTF-8)");
  fonts.ascii = checked(haru().HPDF_GetFont(get(), name, "WinAnsiEncoding"), "HPDF_GetFont (WinAnsiEncoding)");
  return fonts;
}

void Document::set_info(const std::string& title, const std::string& author, const std::string& subject,
                        const std::string& creator) {
  // With UTF-8 as the current encoder, libharu writes info strings as
  // UTF-16BE with a byte order mark, so Cyrillic titles survive.
  check(haru().HPDF_SetCurrentEncoder(get(), "UTF-8"), "HPDF_SetCurrentEncoder");
  const std::pair<HPDF_InfoType, const std::string*> entries[] = {
      {HPDF_INFO_TITLE, &title}, {HPDF_INFO_AUTHOR, &author}, {HPDF_INFO_SUBJECT, &subject},
      {HPDF_INFO_CREATOR, &creator}};
  for (const auto& [type, value] : entries) {
    if (!value->empty()) check(haru().HPDF_SetInfoAttr(get(), type, value->c_str()), "HPDF_SetInfoAttr");
  }
}

HPDF_Page Document::add_page() {
  HPDF_Page page = checked(haru().HPDF_AddPage(get()), "HPDF_AddPage");
  check(haru().HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT), "HPDF_Page_SetSize");
  return page;
}

void Document::save(const ByteSink& sink) {
  check(haru().HPDF_SaveToStream(get()), "HPDF_SaveToStream");
  std::string chunk(1 << 16, '\0');
  for (;;) {
    auto size = static_cast<HPDF_UINT32>(chunk.size());
    const HPDF_STATUS status = haru().HPDF_ReadFromStream(get(), reinterpret_cast<HPDF_BYTE*>(chunk.data()), &size);
    if (status != HPDF_OK && status != HPDF_STREAM_EOF) fail(status, "HPDF_ReadFromStream");
    if (size > 0) sink(std::string_view(chunk.data(), size));
    if (status == HPDF_STREAM_EOF) break;
  }
}

}  // namespace kolmi::exporters::pdf
