# stats takes dates only.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi stats --from '2026-11-01 10:00:00'
