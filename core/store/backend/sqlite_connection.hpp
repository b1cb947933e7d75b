#pragma once
// The SQLite back-end: a file (or ":memory:"), opened as store::Database
// documents (WAL for new files, foreign keys on, a read-only fallback for
// files that cannot be written, refusal of files others may write).
#include <memory>
#include <string>

#include "core/store/backend/connection.hpp"

namespace kolmi::store::backend {

enum class SqliteOpen {
  existing,  // the file must exist
  create,    // create it if missing (WAL journaling)
  memory,    // no file, no WAL
};

// Opens `path`; throws Error(storage) as Database::open documents.
std::unique_ptr<Connection> open_sqlite(const std::string& path, SqliteOpen mode);

}  // namespace kolmi::store::backend
