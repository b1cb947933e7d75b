KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi phonebook add --number 12015551234 --name '   '; echo "exit $?"; KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi phonebook add --number 'call me' --name Мама
