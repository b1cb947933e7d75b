# Two days of answered outgoing calls, prices in EUR.
kolmi login -u demo -p demo >/dev/null && kolmi calls --from 2026-11-27 --till 2026-11-28 --direction outgoing --status answered --currency EUR
