# Group 5 is Australia FIX in the demo database (seed 42), as in the spec example.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi destinations 5
