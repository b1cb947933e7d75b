#include "core/setup/copy_database.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/new_database_file.hpp"
#include "core/store/initial_rows.hpp"
#include "core/store/schema.hpp"
#include "core/store/schema_mariadb.hpp"
#include "core/store/server_url.hpp"

namespace kolmi::setup {

namespace {

// The rows, then the copy's one audit row and (on a server) the version
// mark, in one last transaction: the mark comes only with a complete copy.
std::vector<store::TableCopy> fill(store::Database& source, store::Database& target, const CopyTarget& to) {
  std::vector<store::TableCopy> copied;
  {
    store::ReadSnapshot snapshot(source);
    copied = store::copy_tables(source, target, to.on_table);
  }
  if (const store::WriteOrigin* origin = source.write_origin()) target.set_write_origin(*origin);
  store::Transaction tx(target);
  tx.audit({.target_type = "database", .data = fmt::format("copied from {}", source.path())});
  if (target.dialect() == store::Dialect::mariadb) store::mark_mariadb_schema(target);
  tx.commit();
  return copied;
}

Error exists_error(const std::string& to) {
  return action_error(fmt::format("{} already exists; kolmi admin copy writes only a new database", to));
}

std::vector<store::TableCopy> copy_to_server(store::Database& source, const CopyTarget& to) {
  store::Database target = store::Database::open(to.location, store::OpenMode::create, to.password);
  const std::string& name = target.path();
  switch (store::server_copy_target_state(target)) {
    case store::CopyTargetState::empty:
      break;
    case store::CopyTargetState::kolmi:
      throw action_error(fmt::format("{}: already holds a kolmi database; kolmi admin copy writes only into an "
                                     "empty database", name));
    case store::CopyTargetState::unfinished_copy:
      throw action_error(fmt::format("{}: holds an unfinished copy (kolmi admin copy stopped half-way); drop its "
                                     "tables and copy again", name));
    case store::CopyTargetState::other_tables:
      throw action_error(fmt::format("{}: the database has tables that are not kolmi's; copy into an empty "
                                     "database", name));
  }
  store::create_unmarked_mariadb_schema(target);
  try {
    return fill(source, target, to);
  } catch (...) {
    store::drop_mariadb_tables(target);
    throw;
  }
}

std::vector<store::TableCopy> copy_to_file(store::Database& source, const CopyTarget& to) {
  if (io::path_exists(to.location)) throw exists_error(to.location);
  io::make_directories(io::parent_dir(to.location), 0700);
  io::NewDatabaseFile temp(io::parent_dir(to.location));  // mode 0600: it holds password hashes
  if (to.on_temp_file) to.on_temp_file(temp.path());
  std::vector<store::TableCopy> copied;
  {
    store::Database target = store::Database::open(temp.path(), store::OpenMode::create);
    store::migrate(target);  // the schema as kolmi init makes it
    copied = fill(source, target, to);
    store::checkpoint_into_file(target);
  }  // closed here, before the rename
  try {
    temp.move_to(to.location, /*replace=*/false);
  } catch (const Error&) {
    if (io::path_exists(to.location)) throw exists_error(to.location);
    throw;
  }
  return copied;
}

}  // namespace

std::vector<store::TableCopy> copy_database(store::Database& source, const CopyTarget& to) {
  return store::is_server_url(to.location) ? copy_to_server(source, to) : copy_to_file(source, to);
}

}  // namespace kolmi::setup
