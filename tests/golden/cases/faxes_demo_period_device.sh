KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi faxes --from 2026-10-01 --till 2026-10-31 --device 2
