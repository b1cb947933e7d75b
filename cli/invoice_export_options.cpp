#include "cli/invoice_export_options.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::cli {

void add_invoice_file_options(CLI::App* cmd, InvoiceFileOptions& o, const std::string& output_help) {
  cmd->add_option("--format", o.format, "File format: csv (pdf and xlsx come later)")
      ->check(CLI::IsMember({"csv", "pdf", "xlsx"}))
      ->capture_default_str();
  o.output_option = cmd->add_option("-o,--output", o.output, output_help);
  o.separator_option = cmd->add_option("--separator", o.separator,
                                       "CSV field separator: one character, or tab (default: setting "
                                       "CSV_Separator, else ;)");
  o.decimal_option =
      cmd->add_option("--decimal", o.decimal, "CSV decimal mark, . or , (default: setting CSV_Decimal, else .)");
  cmd->add_flag("--bom", o.bom, "Start the CSV with a UTF-8 byte order mark (for spreadsheets)");
}

exporters::ExportFormat invoice_format(const InvoiceFileOptions& o) {
  if (o.format != "csv") {
    throw usage_error(fmt::format("--format {}: invoices are exported as csv for now; {} comes later", o.format,
                                  o.format));
  }
  return exporters::ExportFormat::csv;
}

exporters::ExportOptions invoice_export_options(store::Database& db, const InvoiceFileOptions& o,
                                                exporters::ExportFormat format) {
  exporters::ExportOptions options;
  options.format = format;
  auto given = [](const CLI::Option* opt, const std::string& value) {
    return opt->count() ? std::optional(value) : std::nullopt;
  };
  options.csv = exporters::resolve_csv_options(db, {.separator = given(o.separator_option, o.separator),
                                                    .decimal = given(o.decimal_option, o.decimal),
                                                    .bom = o.bom});
  return options;
}

}  // namespace kolmi::cli
