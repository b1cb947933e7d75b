#!/usr/bin/env bash
# Every page, the login form and a failed action in JSON: valid JSON
# (python3 -m json.tool) and the same tree as the XML (json_tree.py), on the
# demo database; also in Russian and in another currency.
source "$(dirname "$0")/lib.sh"
make_demo
export KOLMI_USER=demo KOLMI_PASSWORD=demo

compare() {  # NAME ARGS...: the page in XML and in JSON, compared
  local name=$1
  shift
  kolmi "$@" >"$name.xml" && kolmi --output json "$@" >"$name.json" &&
    python3 -m json.tool "$name.json" >/dev/null && python3 "$here/json_tree.py" "$name.xml" "$name.json"
}
group=$(kolmi rates --output tsv >/dev/null && sqlite3 "$KOLMI_DB" "SELECT MIN(destinationgroup_id) FROM rates")

check "main" compare main main
check "details" compare details details
check "devices" compare devices devices
check "rates" compare rates rates
check "rates in EUR" compare rates_eur rates --currency EUR
check "destinations" compare destinations destinations "$group"
check "payments" compare payments payments
check "invoices" compare invoices invoices
check "subscriptions" compare subscriptions subscriptions
check "calls" compare calls calls --from 2026-11-01
check "calls in Russian" compare calls_ru --lang ru calls --from 2026-11-20 --currency EUR
check "calls, empty list" compare calls_none calls --from 2020-01-01 --till 2020-01-01
check "calls summary" compare summary calls --from 2026-11-01 --summary
check "new calls" compare new_calls new-calls
check "missed calls" compare missed missed-calls --from 2026-11-01
check "stats" compare stats stats
check "clis" compare clis clis
check "phonebook" compare phonebook phonebook
check "faxes" compare faxes faxes --from 2026-01-01
check "login form" compare login_form login-form
# A failed action prints the same action document in both formats.
check "failed action" bash -c "
  \"$kolmi_bin\" phonebook add --number 1 --name '' >action.xml; [[ \$? == 1 ]] &&
  \"$kolmi_bin\" --output json phonebook add --number 1 --name '' >action.json; [[ \$? == 1 ]] &&
  python3 '$here/json_tree.py' action.xml action.json"
# The checker itself catches a difference.
check "a changed value is caught" bash -c "
  sed 's/\"total_calls\":[0-9]*/\"total_calls\":99999/' calls.json >bad.json &&
  ! python3 '$here/json_tree.py' calls.xml bad.json >/dev/null"
check "a list that is not an array is caught" bash -c "
  python3 -c 'import json; d=json.load(open(\"devices.json\")); d[\"page\"][\"devices\"][\"device\"]=d[\"page\"][\"devices\"][\"device\"][0]; json.dump(d, open(\"bad2.json\",\"w\"))' &&
  ! python3 '$here/json_tree.py' devices.xml bad2.json >/dev/null"
finish
