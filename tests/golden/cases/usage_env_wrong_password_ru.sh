KOLMI_USER=demo KOLMI_PASSWORD=wrong kolmi --lang ru main
