# golden: sqlite only (an existing file; on MariaDB, kolmi init refuses a kolmi database: tests/integration/mariadb_init.sh)
kolmi init --password-stdin <<< "correct horse"
