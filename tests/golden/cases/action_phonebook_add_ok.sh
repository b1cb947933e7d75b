KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi phonebook add --number '+1 201-555-0100' --name "'; DROP TABLE users; --" && KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi phonebook
