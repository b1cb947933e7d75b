#pragma once
// A streaming XLSX workbook, written by kolmi itself (ECMA-376 SpreadsheetML
// in a zip, deflated with zlib): each worksheet's rows are compressed into
// an unnamed scratch file as they are written (sheet_body.hpp), so a million
// rows cost one buffer of memory, and save() assembles the zip straight into
// the sink (zip_writer.hpp). Generic: knows nothing of calls or rates, so
// every document kolmi makes as XLSX (calls, rates, invoices) is built the
// same way, through typed tables (xlsx_table.hpp).
//
// Why not libxlsxwriter: its constant-memory mode formats every cell with
// fprintf into a temporary file, copies that into the sheet and deflates it
// at zlib's default level, 6.9 times the CSV export's time for the same
// rows (bench/export_xlsx.sh, 2026-11-30); this writer appends each cell's
// XML once and deflates it at level 1.
//
// Files: the scratch files go into `scratch_dir` (for an export, the
// target's folder) and have no name (O_TMPFILE, else unlinked at once), so
// nothing is left behind by a failure or a signal; the target's atomic
// write is the exports' own.
#include <ctime>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/export_rows.hpp"
#include "exporters/xlsx/sheet_body.hpp"
#include "exporters/xlsx/workbook_parts.hpp"

namespace kolmi::exporters::xlsx {

// The document's metadata (docProps/core.xml).
struct Properties {
  // Every member has an initializer, so designated initializers may leave
  // any of them out. An empty text is left out of the file.
  std::string title{};
  std::string subject{};
  std::string author{};
  std::time_t created = 0;  // 0: now
};

// One worksheet: its rows' compressed XML, and the head and tail that frame
// them, set once the last row is known (Table::finish).
struct Worksheet {
  std::string name;
  SheetBody body;
  std::string head;        // from the XML declaration to <sheetData>
  std::string tail;        // from </sheetData> to the end
  std::string filter_ref;  // the auto-filter's range, "" for none
  bool framed = false;
  Worksheet(std::string sheet_name, const std::string& scratch_dir)
      : name(std::move(sheet_name)), body(scratch_dir) {}
};

class Workbook {
 public:
  Workbook(const std::string& scratch_dir, const Properties& properties);
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  // The style index (s="N" of a cell) with the number format `num_format`
  // ("" for none), bold with a thin bottom border when `bold` (headers);
  // made once per distinct pair.
  int style(std::string_view num_format, bool bold = false);
  // A new worksheet after the others. Throws Error(storage) when its scratch
  // file cannot be made.
  Worksheet& add_sheet(std::string name);
  // The sheet shown when the file opens; nullptr before the first.
  const Worksheet* first_sheet() const { return sheets_.empty() ? nullptr : sheets_.front().get(); }

  // Writes the whole workbook into `sink`; once, after every sheet is framed.
  // Throws Error(storage) (a scratch file that cannot be read back, a
  // workbook past 4 GiB) and what `sink` throws.
  void save(const ByteSink& sink);

 private:
  std::string scratch_dir_;
  Properties properties_;
  std::vector<CellStyle> styles_;
  std::vector<std::unique_ptr<Worksheet>> sheets_;
  bool saved_ = false;
};

}  // namespace kolmi::exporters::xlsx
