# FILE - reads stdin (zcat cdr.csv.gz | kolmi admin import cdr -); errors
# name it <stdin>:LINE; an empty stdin has no records.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
gzip -c "$KOLMI_TEST_DATA/cdr/asterisk-18col-simularent.csv" > cdr.csv.gz
zcat cdr.csv.gz | kolmi admin import cdr -; echo "exit $?"
zcat cdr.csv.gz | kolmi admin import cdr - --dry-run; echo "exit $?"
{ head -3 "$KOLMI_TEST_DATA/cdr/asterisk-18col-bugadm.csv"; echo '"","100","700","phones","x","SIP/100-1","","Hangup","","2015-03-24 25:00:00","","",3,3,"ANSWERED","DOCUMENTATION","1.1",""'; } | kolmi admin import cdr -; echo "exit $?"
kolmi admin import cdr - </dev/null; echo "exit $?"
printf 'prefix;name;rate\n370;Lithuania;0,12\n3706;Lithuania Mobile;x\n' | kolmi admin import rates - --tariff LT; echo "exit $?"
printf 'prefix;name;rate\n370;Lithuania;0,12\n3706;Lithuania Mobile;0,2\n' | kolmi admin import rates - --tariff LT; echo "exit $?"
printf 'prefix,name\n3706,Lithuania Mobile\n' | kolmi admin import destinations - --dry-run; echo "exit $?"
