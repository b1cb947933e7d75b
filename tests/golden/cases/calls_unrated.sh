# A call to a number no destination covers: not rated, so its price is empty.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi calls --from '2026-11-06 16:00:00' --till '2026-11-06 16:59:59' --currency GBP
