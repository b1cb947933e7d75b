# Default: this month, dates up to today, newest first.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi stats
