KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi missed-calls --from 2026-11-20 --till '2026-11-21 12:00:00'
