KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi faxes --from 2026-09-01 --status no_image
