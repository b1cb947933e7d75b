# golden: sqlite only (PRAGMA user_version; MariaDB newer schema: test_mariadb_backend.cpp, mariadb_init.sh)
sqlite3 kolmi.db "PRAGMA user_version = 99" && kolmi login -u demo -p demo
