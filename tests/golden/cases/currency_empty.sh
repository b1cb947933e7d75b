# --currency given empty is a mistake, not "my currency": exit 2, nothing on
# stdout, on the pages and the exports alike.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi calls --currency ''; echo "exit $?"
kolmi rates --currency ''; echo "exit $?"
kolmi calls export --format csv --currency ''; echo "exit $?"
kolmi rates export --format csv --currency ''; echo "exit $?"
kolmi calls --currency EUR | grep '<currency>'
