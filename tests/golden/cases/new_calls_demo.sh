# demo's previous login was 2026-11-24 09:30 UTC; one-shot credentials change no login times.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi new-calls
