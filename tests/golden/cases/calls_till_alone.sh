# --till alone means that day, from its start (not today to an earlier day).
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi calls --till 2026-11-20 | grep -E '<(period_start|period_end|total_calls)>'
kolmi calls --till '2026-11-20 12:00:00' | grep -E '<(period_start|period_end|total_calls)>'
kolmi calls --period 2026-11-20 | grep -E '<total_calls>'
