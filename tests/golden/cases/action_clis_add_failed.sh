# Another user's device reads as missing (exit 4); a malformed CLI is exit 1.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi clis add --device 3 --cli 12345; echo "exit $?"; KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi clis add --device 1 --cli '555 CALL'
