# XXX is no currency at all: a usage error, nothing on stdout.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi rates --currency XXX
