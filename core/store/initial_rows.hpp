#pragma once
// What `kolmi init` writes into a new database besides its settings: the
// default currency and the first admin.
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

// Inserts USD, active, at exchange rate 1. Call inside a Transaction.
void insert_usd_currency(Database& db);
// Inserts the admin "System Administrator" paying in USD. Call inside a
// Transaction, after insert_usd_currency.
void insert_first_admin(Database& db, std::string_view login, std::string_view password_hash,
                        std::string_view created_at);
// Moves everything from the WAL into the database file and empties the WAL,
// so the new file is complete on its own before it is moved into place.
void checkpoint_into_file(Database& db);

}  // namespace kolmi::store
