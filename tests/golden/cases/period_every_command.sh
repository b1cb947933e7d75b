# --period on every command that takes --from/--till: the pages show the
# period; stats the same days as --from/--till; the calls export its rows;
# admin rerate in its --tz.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi missed-calls --period last-week | grep -E '<(period_start|period_end|missed_total)>'
kolmi faxes --period this-month | grep -E '<(period_start|period_end)>'
kolmi stats --period last-week | grep -E '<(start_date|end_date)>'
kolmi stats --from 2026-11-16 --till 2026-11-22 | grep -E '<(start_date|end_date)>'
kolmi stats --period 2026-10 | grep -E '<(start_date|end_date)>'
kolmi calls export --format csv --period yesterday | wc -l
kolmi calls --period yesterday export --format csv | wc -l
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin rerate --period last-month --tz Asia/Tashkent --dry-run
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin rerate --period today --from 2026-11-01; echo "exit $?"
