# demo2: EUR user on the EUR tariff, VAT 20 %, Russian.
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi rates
