KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi faxes --from 2026-02-30
