#pragma once
// One libharu document, owned: created compressed, with UTF-8 encodings and a
// page tree that grows past libharu's 32,767-page default limit; freed by the
// destructor whatever happens.
//
// Errors: libharu reports a failure twice, through the error handler and as
// the return value (a status, or a null handle). The handler installed here
// only records the first error (throwing or jumping out of libharu's C code
// would leave it half-way); every call is checked by its caller with check()
// or checked(), which throws Error(storage) naming the call and libharu's
// error and detail codes. After an error the document is not used again.
#include "exporters/pdf/pdf_libraries.hpp"

#include <memory>
#include <string>
#include <type_traits>

#include "exporters/export_rows.hpp"

namespace kolmi::exporters::pdf {

// The one font of the exports, loaded from one embedded file as two PDF
// fonts: `utf8` shows any text; `ascii` (WinAnsiEncoding) shows printable
// ASCII at one byte per character. libharu writes UTF-8 text as two-byte hex
// codes and measures it slowly, so ASCII cells (dates, numbers, most names)
// through `ascii` make a million-row document about half the size in memory
// and three times faster.
struct Fonts {
  HPDF_Font utf8 = nullptr;
  HPDF_Font ascii = nullptr;
};

class Document {
 public:
  // Throws Error(storage) when libharu cannot create or set up a document.
  Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // Loads the TrueType font file at `path` and embeds it. Throws
  // Error(storage) naming the file when libharu cannot load it.
  Fonts load_font(const std::string& path);

  // Appends an A4 portrait page. Throws Error(storage).
  HPDF_Page add_page();

  // The document information dictionary (what pdfinfo shows), UTF-8 text
  // written as PDF Unicode strings. Throws Error(storage).
  void set_info(const std::string& title, const std::string& author, const std::string& subject,
                const std::string& creator);

  // Throws Error(storage) naming `what` when `status` is not HPDF_OK.
  void check(HPDF_STATUS status, const char* what) const {
    if (status != HPDF_OK) fail(status, what);
  }
  // Returns `handle`, or throws Error(storage) naming `what` when it is null.
  template <typename T>
  T checked(T handle, const char* what) const {
    if (handle == nullptr) fail(HPDF_OK, what);
    return handle;
  }
  // Throws Error(storage): "PDF: <what> failed (libharu error 0x..., detail
  // ...: <meaning>)", with the first error the handler recorded, else `status`.
  [[noreturn]] void fail(HPDF_STATUS status, const char* what) const;

  // Writes the whole document into `sink`, in chunks. Throws Error(storage)
  // for a libharu failure; the sink's own errors propagate.
  void save(const ByteSink& sink);

  HPDF_Doc get() const { return doc_.get(); }

 private:
  struct FirstError {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = HPDF_OK;
  };
  struct Free {
    void operator()(HPDF_Doc doc) const { haru().HPDF_Free(doc); }
  };
  static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data);

  std::unique_ptr<FirstError> error_;  // a stable address for the handler
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Free> doc_;
};

}  // namespace kolmi::exporters::pdf
