(echo "BEGIN EXCLUSIVE;"; sleep 8) | sqlite3 kolmi.db & sleep 1; kolmi login -u demo -p demo; echo "kolmi exit $?"; wait
