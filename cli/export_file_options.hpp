#pragma once
// The file options every export shares, defined once: --format, -o, the
// CSV's --separator, --decimal and --bom, the PDF's --font and, for
// documents with an issuer, --strict. Used by kolmi calls|rates export,
// kolmi stats export, kolmi invoices export and kolmi admin invoices
// export. An option of another format than the one asked for is refused in
// one sentence naming it, the same words on every command.
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/store/database.hpp"
#include "exporters/csv_options.hpp"
#include "exporters/export_options.hpp"

namespace kolmi::cli {

// The value of an option as typed, nullopt when it was not given.
std::optional<std::string> given(const CLI::Option* option);

struct ExportFileOptions {
  std::string format;
  std::string output;
  std::string separator;
  std::string decimal;
  bool bom = false;
  std::string font;
  bool strict = false;
  CLI::Option* output_option = nullptr;
  CLI::Option* separator_option = nullptr;
  CLI::Option* decimal_option = nullptr;
  CLI::Option* bom_option = nullptr;
  CLI::Option* font_option = nullptr;
  CLI::Option* strict_option = nullptr;  // nullptr where --strict is not offered

  std::optional<std::string> output_given() const { return given(output_option); }
};

// How a command offers the options.
struct ExportFileSpec {
  std::vector<std::string> formats;  // --format's values, in the order --help lists them
  std::string default_format{};      // "": --format is required
  std::string output_help{};         // -o's help (where the file goes)
  bool strict = true;                // offers --strict (documents with an issuer block)
};

// Adds the options to `cmd`, bound to `o` (which must outlive `cmd`).
void add_export_file_options(CLI::App* cmd, ExportFileOptions& o, const ExportFileSpec& spec);

// Refuses (Error(usage)) --separator, --decimal and --bom unless the format
// is csv, and --font and --strict unless it is pdf.
void refuse_other_format_options(const ExportFileOptions& o);

// The format of an export of csv, pdf or xlsx, after the refusals above.
exporters::ExportFormat checked_export_format(const ExportFileOptions& o);

// The CSV options in effect: the command line's, else the settings
// (CSV_Separator, CSV_Decimal). Throws what resolve_csv_options throws.
exporters::CsvOptions csv_options(store::Database& db, const ExportFileOptions& o);

// The writer options of `format`: the CSV's resolved for csv only; the
// font and --strict as given.
exporters::ExportOptions export_options(store::Database& db, const ExportFileOptions& o,
                                        exporters::ExportFormat format);

}  // namespace kolmi::cli
