# KOLMI_USER alone (no session): which half of the pair is missing.
KOLMI_USER=demo kolmi main
