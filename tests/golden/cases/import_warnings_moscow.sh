cp "$KOLMI_TEST_DATA/cdr/asterisk-21col-newcdrcolumns-mineevburyat.csv" moscow.csv
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin import cdr moscow.csv --source-tz Europe/Moscow --dry-run
