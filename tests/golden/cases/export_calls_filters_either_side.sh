# The calls filters may come before or after `export`.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi calls --from 2026-11-20 --till 2026-11-27 --direction outgoing --device 1 export --format csv >before.csv
kolmi calls export --format csv --from 2026-11-20 --till 2026-11-27 --direction outgoing --device 1 >after.csv
cmp before.csv after.csv && echo identical
wc -l <after.csv
head -3 after.csv
