# demo2 lives in Europe/Sofia, whose clocks went back an hour on Sunday
# 2026-10-25: last-week (Monday 19th to Sunday 25th, ISO weeks) and the
# month of October are whole local days, the same calls as --from/--till.
export KOLMI_USER=demo2 KOLMI_PASSWORD=demo2
KOLMI_NOW="2026-10-28 10:00:00" kolmi calls --period last-week | grep -E '<(period_start|period_end|total_calls)>'
kolmi calls --from 2026-10-19 --till 2026-10-25 | grep -E '<total_calls>'
kolmi calls --period 2026-10 | grep -E '<(period_start|period_end|total_calls)>'
kolmi calls --period last-month | grep -E '<total_calls>'
kolmi calls --from 2026-10-01 --till 2026-10-31 | grep -E '<total_calls>'
