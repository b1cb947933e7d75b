KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi missed-calls --till 2026-11-31
