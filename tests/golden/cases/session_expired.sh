# Sessions follow the real clock: a KOLMI_NOW before the expiry does not revive one.
kolmi login -u demo -p demo >/dev/null && sqlite3 kolmi.db "UPDATE sessions SET expires_at = '$(date -u -d '-1 second' '+%Y-%m-%d %H:%M:%S')'" && KOLMI_NOW="2026-01-01 00:00:00" kolmi main
