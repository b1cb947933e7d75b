sqlite3 kolmi.db "PRAGMA user_version = 99" && kolmi login -u demo -p demo
