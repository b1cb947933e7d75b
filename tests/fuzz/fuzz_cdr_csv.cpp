// libFuzzer target: any bytes through the CSV reader and the CDR record
// mapping of every layout. Malformed input must end in ImportError, never a
// crash, a hang or undefined behaviour. Run with scripts/fuzz.sh.
#include <cstdint>
#include <cstdio>
#include <vector>

#include "core/import/cdr_record.hpp"
#include "core/import/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the separator, as rate decks use ',' or ';'.
  char sep = (data[0] & 1) ? ';' : ',';
  std::FILE* f = ::fmemopen(const_cast<std::uint8_t*>(data + 1), size - 1, "rb");
  if (!f) return 0;
  try {
    kolmi::import::CsvReader reader(f, sep);
    std::vector<std::string_view> fields;
    while (reader.next(fields)) {
      for (auto layout : {kolmi::import::CdrLayout::asterisk, kolmi::import::CdrLayout::asterisk_custom,
                          kolmi::import::CdrLayout::freeswitch}) {
        try {
          (void)kolmi::import::map_cdr_record(fields, layout, reader.line());
        } catch (const kolmi::import::ImportError&) {
        }
      }
    }
  } catch (const kolmi::import::ImportError&) {
  }
  std::fclose(f);
  return 0;
}
