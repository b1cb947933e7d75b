export KOLMI_USER=admin KOLMI_PASSWORD=admin
for f in "$KOLMI_TEST_DATA"/cdr/*.csv; do cp "$f" .; done
for f in *.csv; do echo "$f"; kolmi admin import cdr "$f" 2>/dev/null; done
kolmi admin import cdr asterisk-cdr_custom-19col-kelysaina.csv --layout asterisk-custom
