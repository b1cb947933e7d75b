# A writer waits Database_Lock_Wait_Seconds for another's lock, then fails.
# golden: sqlite only (an SQLite file lock; MariaDB waits for its writers: test_mariadb_backend.cpp)
sqlite3 kolmi.db "INSERT INTO conflines (name, value) VALUES ('Database_Lock_Wait_Seconds', '1')"
(echo "BEGIN EXCLUSIVE;"; sleep 4) | sqlite3 kolmi.db & sleep 1; kolmi login -u demo -p demo; echo "kolmi exit $?"; wait
