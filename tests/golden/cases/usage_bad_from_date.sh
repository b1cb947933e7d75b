KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi calls --from 2026-11-31
