#include "cli/export_file_options.hpp"

#include "core/error.hpp"

namespace kolmi::cli {

std::optional<std::string> given(const CLI::Option* option) {
  return option != nullptr && option->count() ? std::optional(option->as<std::string>()) : std::nullopt;
}

void add_export_file_options(CLI::App* cmd, ExportFileOptions& o, const ExportFileSpec& spec) {
  CLI::Option* format = cmd->add_option("--format", o.format, "File format")->check(CLI::IsMember(spec.formats));
  if (spec.default_format.empty()) {
    format->required();
  } else {
    o.format = spec.default_format;
    format->capture_default_str();
  }
  o.output_option = cmd->add_option("-o,--output", o.output, spec.output_help);
  o.separator_option = cmd->add_option("--separator", o.separator,
                                       "CSV field separator: one character, or tab (default: setting "
                                       "CSV_Separator, else ;)");
  o.decimal_option = cmd->add_option("--decimal", o.decimal,
                                     "CSV decimal mark, . or , (default: setting CSV_Decimal, else .)");
  o.bom_option = cmd->add_flag("--bom", o.bom, "Start the CSV with a UTF-8 byte order mark (for spreadsheets)");
  o.font_option = cmd->add_option(
      "--font", o.font, "PDF: a TrueType font file (default: DejaVu Sans, found through fontconfig)");
  if (spec.strict) {
    o.strict_option = cmd->add_flag("--strict", o.strict,
                                    "PDF: refuse (exit 2) when the issuer settings (Company, Company_Address1, "
                                    "Company_VAT_Number, Company_Email) are not all set");
  }
}

void refuse_other_format_options(const ExportFileOptions& o) {
  if (o.format != "csv" && (o.separator_option->count() || o.decimal_option->count() || o.bom_option->count())) {
    throw usage_error("--separator, --decimal and --bom apply to --format csv only");
  }
  if (o.format != "pdf" && o.font_option->count()) throw usage_error("--font applies to --format pdf only");
  if (o.format != "pdf" && o.strict_option != nullptr && o.strict_option->count()) {
    throw usage_error("--strict applies to --format pdf only");
  }
}

exporters::ExportFormat checked_export_format(const ExportFileOptions& o) {
  refuse_other_format_options(o);
  return o.format == "pdf"    ? exporters::ExportFormat::pdf
         : o.format == "xlsx" ? exporters::ExportFormat::xlsx
                              : exporters::ExportFormat::csv;
}

exporters::CsvOptions csv_options(store::Database& db, const ExportFileOptions& o) {
  return exporters::resolve_csv_options(
      db, {.separator = given(o.separator_option), .decimal = given(o.decimal_option), .bom = o.bom});
}

exporters::ExportOptions export_options(store::Database& db, const ExportFileOptions& o,
                                        exporters::ExportFormat format) {
  exporters::ExportOptions options;
  options.format = format;
  options.font_path = o.font;
  options.strict = o.strict;
  if (format == exporters::ExportFormat::csv) options.csv = csv_options(db, o);
  return options;
}

}  // namespace kolmi::cli
