# Call 2965 is demo2's missed call, call 3 an answered one: exit 4, nothing on stdout.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi missed-calls process 2965; echo "exit $?"; KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi missed-calls process 3
