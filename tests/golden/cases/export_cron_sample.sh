# samples/cron-monthly-exports.sh against the demo database: every customer's
# previous month (October: KOLMI_NOW is in November) into exports/2026-10/.
# Then a user whose exports fail (a broken time zone) is named, the others
# are still written, and the exit status is 1. An env file others can read
# is refused (2).
cron="$KOLMI_TEST_DATA/../../samples/cron-monthly-exports.sh"
printf 'KOLMI_USER=admin\nKOLMI_PASSWORD=admin\nKOLMI_EXPORT_DIR=%s\nKOLMI_BIN=%s\n' "$PWD/exports" "$kolmi_bin" >exports.env
chmod 600 exports.env
"$cron" exports.env; echo "exit $?"
ls exports/2026-10
wc -l exports/2026-10/*.csv
sqlite3 kolmi.db "UPDATE users SET time_zone = 'Mars/Olympus' WHERE username = 'demo3'"
"$cron" exports.env 2026-09; echo "exit $?"
ls exports/2026-09
chmod 644 exports.env
"$cron" exports.env; echo "exit $?"
