export KOLMI_USER=admin KOLMI_PASSWORD=admin
cp "$KOLMI_TEST_DATA/cdr/asterisk-18col-bugadm.csv" bugadm.csv
kolmi admin device add --user demo --type SIP --name 100 --extension 100
kolmi admin import cdr bugadm.csv
kolmi admin import cdr bugadm.csv
