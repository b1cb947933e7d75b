#pragma once
// What an export is asked to produce: the format and the options of each
// writer, gathered by the command line and handed to RatesExport and
// CallsExport (exporters/rates_export.hpp, exporters/calls_export.hpp).
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "exporters/csv_options.hpp"

namespace kolmi::exporters {

enum class ExportFormat { csv, pdf, xlsx };

// "csv", "pdf" or "xlsx", the file name extension.
constexpr std::string_view extension(ExportFormat format) {
  switch (format) {
    case ExportFormat::csv:
      return "csv";
    case ExportFormat::pdf:
      return "pdf";
    case ExportFormat::xlsx:
      return "xlsx";
  }
  return "csv";
}

// Every member has an initializer, so designated initializers may leave any
// of them out.
struct ExportOptions {
  ExportFormat format = ExportFormat::csv;
  CsvOptions csv{};         // for csv
  std::string font_path{};  // for pdf; empty: DejaVu Sans through fontconfig
  // For xlsx: the folder the workbook is built in before it reaches the
  // sink (the target's folder; its files there have no names); empty: the
  // current folder.
  std::string scratch_dir{};
  bool strict = false;      // for pdf: refuse a document whose issuer settings are incomplete
  // Told the number of rows written so far now and then (a progress line on
  // a terminal); may be empty.
  std::function<void(std::int64_t rows_done)> progress{};
};

}  // namespace kolmi::exporters
