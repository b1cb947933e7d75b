# stats names only the form it takes.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi stats --from 2026-13-01
