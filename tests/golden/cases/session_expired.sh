kolmi login -u demo -p demo >/dev/null && KOLMI_NOW="2026-12-29 09:30:01" kolmi main
