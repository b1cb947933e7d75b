# A new exchange rate is what the next pages show: demo's rates in EUR and
# demo2's balance (kept in USD, shown in EUR) follow `currency set`; the
# payments page keeps each payment's own amount and currency.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi rates --currency EUR --output tsv | head -n 3
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi main | grep balance
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi payments --output tsv > payments-before.tsv
kolmi admin currency set EUR --rate 0.5
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi rates --currency EUR --output tsv | head -n 3
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi main | grep balance
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi payments --output tsv | diff payments-before.tsv - && echo "payments unchanged"
head -n 3 payments-before.tsv
