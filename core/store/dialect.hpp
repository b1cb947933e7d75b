#pragma once
// Which SQL a database speaks, for the few statements whose text differs
// between the back-ends (upserts, schema, catalog look-ups). Store code asks
// Database::dialect(); nothing outside core/store should need to.
namespace kolmi::store {

enum class Dialect {
  sqlite,   // a file (the default)
  mariadb,  // a MariaDB/MySQL server (mariadb://...)
};

}  // namespace kolmi::store
