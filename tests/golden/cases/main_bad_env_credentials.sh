KOLMI_USER=demo KOLMI_PASSWORD=nope kolmi main
