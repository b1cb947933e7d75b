# Calls to the fax device (102) since 2026-11-20.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi calls --from 2026-11-20 --device 2 --direction incoming
