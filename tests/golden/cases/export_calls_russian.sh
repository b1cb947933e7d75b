# demo2 speaks Russian: the hangup causes follow the user's language (or
# --lang); the header stays English for scripts. A BOM on request.
export KOLMI_USER=demo2 KOLMI_PASSWORD=demo2
kolmi calls export --format csv --from 2026-11-27 --till 2026-11-27 | head -4
kolmi --lang en calls export --format csv --bom --from 2026-11-27 --till 2026-11-27 | head -2 | od -c | head -2
