# Logging in moves the previous login to the last one (2026-11-27 09:30 UTC).
kolmi login -u demo -p demo >/dev/null && kolmi new-calls
