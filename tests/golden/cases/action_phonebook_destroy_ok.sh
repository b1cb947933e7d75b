KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi phonebook destroy 2 && KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi phonebook
