# Formats a command cannot give, and words that are no format: exit 2,
# nothing on stdout.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi calls --output yaml; echo "exit $?"
kolmi main --output csv; echo "exit $?"
kolmi details --output table; echo "exit $?"
KOLMI_OUTPUT=csv kolmi login-form; echo "exit $?"
KOLMI_OUTPUT=xlsx kolmi calls; echo "exit $?"
kolmi phonebook add --number 5 --name x --output csv; echo "exit $?"
echo "phonebook still has $(kolmi phonebook --output tsv | tail -n +2 | wc -l) entries"
