# --till 9999-12-31 is the end of that day ("no end"): the period shows it,
# and the calls of the period are found.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi calls --from 2026-11-27 --till 2026-11-28 | grep -E 'period_end|total_calls'
kolmi calls --from 2026-11-27 --till 9999-12-31 | grep -E 'period_end|total_calls'
kolmi stats --from 2026-11-27 --till 9999-12-31 | grep -E 'start_date|end_date'
