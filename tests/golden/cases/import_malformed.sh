export KOLMI_USER=admin KOLMI_PASSWORD=admin
head -3 "$KOLMI_TEST_DATA/cdr/asterisk-18col-bugadm.csv" > bad.csv
echo '"","100","700","phones","x","SIP/100-1","","Hangup","","2015-03-24 25:00:00","","",3,3,"ANSWERED","DOCUMENTATION","1.1",""' >> bad.csv
kolmi admin import cdr bad.csv; echo "exit $?"
kolmi admin import cdr bad.csv --layout freeswitch; echo "exit $?"
: > empty.csv; kolmi admin import cdr empty.csv; echo "exit $?"
kolmi admin import cdr missing.csv; echo "exit $?"
kolmi admin import cdr bad.csv --source-tz Mars/Olympus; echo "exit $?"
kolmi admin import cdr bad.csv --layout csv
