KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi missed-calls process 2923 --from 2026-11-26 --till 2026-11-26
