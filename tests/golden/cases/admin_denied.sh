KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin user list; echo "exit $?"
kolmi admin device list; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin import cdr missing.csv
