# JPY exists in the demo database but is inactive: refused like an unknown one.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi rates --currency JPY
