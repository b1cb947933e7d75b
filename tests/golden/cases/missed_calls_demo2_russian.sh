KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi missed-calls --from 2026-11-25
