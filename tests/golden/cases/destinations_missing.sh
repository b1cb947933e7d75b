# No group 9999: exit 4, the same message as for a group outside the tariff.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi destinations 9999
