KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi faxes --device 8
