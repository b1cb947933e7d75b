# Europe/Sofia leaves summer time on 2026-10-25: that date has 25 hours.
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi stats --from 2026-10-24 --till 2026-10-26
