#pragma once
// The file options of the invoice exports (kolmi invoices export, kolmi
// admin invoices export): --format, -o, and the CSV's --separator,
// --decimal and --bom, as the other exports have them.
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "core/store/database.hpp"
#include "exporters/export_options.hpp"

namespace kolmi::cli {

struct InvoiceFileOptions {
  std::string format = "csv";
  std::string output;
  std::string separator;
  std::string decimal;
  bool bom = false;
  CLI::Option* output_option = nullptr;
  CLI::Option* separator_option = nullptr;
  CLI::Option* decimal_option = nullptr;

  std::optional<std::string> output_given() const {
    return output_option->count() ? std::optional(output) : std::nullopt;
  }
};

void add_invoice_file_options(CLI::App* cmd, InvoiceFileOptions& o, const std::string& output_help);
// csv; Error(usage) for pdf and xlsx, which are not made yet.
exporters::ExportFormat invoice_format(const InvoiceFileOptions& o);
// The CSV options in effect (CLI choices, else the settings).
exporters::ExportOptions invoice_export_options(store::Database& db, const InvoiceFileOptions& o,
                                                exporters::ExportFormat format);

}  // namespace kolmi::cli
