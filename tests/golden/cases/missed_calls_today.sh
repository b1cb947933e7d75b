KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi missed-calls
