#include "core/setup/init_database.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/identity/login_name.hpp"
#include "core/identity/password.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/new_database_file.hpp"
#include "core/store/conflines.hpp"
#include "core/store/database.hpp"
#include "core/store/initial_rows.hpp"
#include "core/store/schema.hpp"
#include "core/store/schema_mariadb.hpp"
#include "core/store/server_url.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::setup {

namespace {

// The default settings and currency (USD) and the first admin, in one
// transaction, on a database that has the schema.
void fill_new_database(store::Database& db, std::string_view admin_login, std::string_view password,
                       const Clock& clock) {
  store::Transaction tx(db);
  store::set_confline(db, store::conf::kDefaultCurrency, "USD");
  store::set_confline(db, store::conf::kNiceNumberDigits, "4");
  store::insert_usd_currency(db);
  store::insert_first_admin(db, admin_login, identity::hash_password(password), format_utc(clock.now()));
  tx.commit();
}

}  // namespace

void init_database(const std::string& path, std::string_view admin_login, std::string_view password,
                   const Clock& clock, const std::optional<std::string>& server_password) {
  if (!identity::valid_login(admin_login)) throw usage_error(identity::invalid_login_message(admin_login));
  if (password.size() < kMinPasswordLength) {
    throw usage_error(fmt::format("the password must have at least {} characters", kMinPasswordLength));
  }
  if (store::is_server_url(path)) {
    // A server database: kolmi's tables in the database the URL names,
    // which must be empty (never over kolmi's or anybody's tables).
    auto db = store::Database::open(path, store::OpenMode::create, server_password);
    store::create_mariadb_schema(db);
    fill_new_database(db, admin_login, password, clock);
    return;
  }
  if (io::path_exists(path)) {
    throw storage_error(fmt::format("{} already exists; kolmi init never overwrites a database", path));
  }
  io::make_directories(io::parent_dir(path), 0700);
  io::NewDatabaseFile temp(io::parent_dir(path));  // mode 0600: it holds a password hash
  {
    auto db = store::Database::open(temp.path(), store::OpenMode::create);
    store::migrate(db);
    fill_new_database(db, admin_login, password, clock);
    store::checkpoint_into_file(db);
  }  // closed here, before the rename
  try {
    temp.move_to(path, /*replace=*/false);
  } catch (const Error&) {
    if (io::path_exists(path)) {
      throw storage_error(fmt::format("{} already exists; kolmi init never overwrites a database", path));
    }
    throw;
  }
}

}  // namespace kolmi::setup
