# Every --period word on the calls page of demo (Asia/Tashkent, UTC+5), the
# clock pinned to Saturday 2026-11-28 14:30 there: the period shown, the
# number of calls and the first and last call's local time.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
for p in today yesterday this-week last-week this-month last-month 2026-09 2026-11-02; do
  kolmi calls --period "$p" >page.xml
  echo "--period $p: exit $?"
  grep -E '<(period_start|period_end|total_calls)>' page.xml
  grep '<date>' page.xml | sed -n '1p;$p'
done
