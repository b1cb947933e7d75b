# Ids are never given twice (issue 13 item 6): the newest phonebook entry is
# destroyed and a new one added; the new entry gets a new id, and a stale
# (retried) destroy of the old id is exit 4 and leaves the new entry alone.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi phonebook add --number 37060000001 --name First >/dev/null
newest=$(kolmi phonebook --output tsv | awk -F'\t' 'NR > 1 { print $1 }' | sort -n | tail -1)
echo "newest: $newest"
kolmi phonebook destroy "$newest" >/dev/null
kolmi phonebook add --number 37060000002 --name Second >/dev/null
kolmi phonebook --output tsv
kolmi phonebook destroy "$newest" >/dev/null; echo "exit $?"
kolmi phonebook --output tsv | grep -c Second
