#pragma once
// `kolmi calls export`: the calls page's list (same filters, same rows and
// texts) as CSV or PDF. Built from the page context the command line made
// (the database is already open; this reads through it), in two steps so
// that nothing is written before everything is checked: the constructor
// validates the filters, counts the calls and prepares the query; write()
// streams the rows.
#include <optional>
#include <string>

#include "core/pages/calls_page.hpp"
#include "core/pages/page_context.hpp"
#include "exporters/export_options.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

class CallsExport {
 public:
  // Throws what pages::load_calls_page throws: Error(usage) naming the
  // option for a bad filter, Error(not_found) "no such device of yours: ID"
  // (another user's device looks missing), Error(storage). `pc` must
  // outlive this object.
  CallsExport(const pages::PageContext& pc, const pages::CallsRequest& request);

  const CallsExportInfo& info() const { return info_; }
  // Before any file is made: for a PDF, reads and checks the logo and, with
  // options.strict, the issuer settings (exporters/document_facts.hpp):
  // Error(usage) naming what is wrong.
  void check_document(const ExportOptions& options);
  // Calls-<username>-<first day>-<last day>-<CUR>.csv|pdf
  // (exporters/file_names.hpp).
  std::string file_name(ExportFormat format) const;
  // Writes the export into `sink`; once only. Throws Error(storage) for the
  // database and the PDF writer, and what `sink` and options.progress throw.
  void write(const ByteSink& sink, const ExportOptions& options);

 private:
  const pages::PageContext& pc_;
  pages::CallsPage page_;
  CallsExportInfo info_;
  std::optional<CallExportSource> source_;  // emptied by write()
};

}  // namespace kolmi::exporters
