#pragma once
// `kolmi rates export`: the user's personal rates (the rates page's rows)
// as CSV or PDF. Built from the page context the command line made (the
// database is already open; this reads through it), in two steps so that
// nothing is written before everything is checked: the constructor
// validates and prepares, write() streams.
#include <optional>
#include <string>
#include <string_view>

#include "core/pages/page_context.hpp"
#include "core/pages/personal_rates.hpp"
#include "exporters/export_options.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

class RatesExport {
 public:
  // `currency`: the code to show rates in; nullopt: the user's. Throws
  // Error(usage) for a currency that is not active (or empty), Error(storage) as
  // PersonalRates does. `pc` must outlive this object.
  RatesExport(const pages::PageContext& pc, std::optional<std::string_view> currency);

  const RatesExportInfo& info() const { return info_; }
  // Before any file is made: as CallsExport::check_document.
  void check_document(const ExportOptions& options);
  // Rates-Personal-<username>-<CUR>.csv|pdf (exporters/file_names.hpp).
  std::string file_name(ExportFormat format) const;
  // Writes the export into `sink`; once only. Throws Error(storage) for the
  // database and the PDF writer, and what `sink` throws.
  void write(const ByteSink& sink, const ExportOptions& options);

 private:
  const pages::PageContext& pc_;
  RatesExportInfo info_;
  std::optional<pages::PersonalRates> rates_;  // emptied by write()
};

}  // namespace kolmi::exporters
