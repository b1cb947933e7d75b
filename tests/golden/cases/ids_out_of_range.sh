# An id must be a whole number from 1 to 9223372036854775807: anything else
# is exit 2 naming the option, never a lookup of a clamped value.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi phonebook destroy 99999999999999999999; echo "exit $?"
kolmi missed-calls process 99999999999999999999; echo "exit $?"
kolmi destinations 0; echo "exit $?"
kolmi clis add --device 99999999999999999999 --cli 37060000001; echo "exit $?"
kolmi callback --src 37060000001 --dst 37060000002 --device 0x10; echo "exit $?"
kolmi calls --device 99999999999999999999; echo "exit $?"
kolmi faxes --device 99999999999999999999; echo "exit $?"
kolmi phonebook destroy 9223372036854775807; echo "exit $?"
