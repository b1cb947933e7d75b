# demo2: Europe/Sofia, EUR, Russian.
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi calls --from 2026-11-27
