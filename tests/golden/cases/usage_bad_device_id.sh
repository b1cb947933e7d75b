KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi calls --device abc
