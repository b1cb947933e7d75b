# Times only in the documented forms, --period only with its words, and
# never beside --from or --till: usage errors, nothing on stdout.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi calls --from 2026-11-01T10:00:00; echo "exit $?"
kolmi calls --till '2026-11-01 10:00'; echo "exit $?"
kolmi calls --period Today; echo "exit $?"
kolmi calls --period 2026-13; echo "exit $?"
kolmi calls --period today --from 2026-11-01; echo "exit $?"
kolmi calls --period today --till 2026-11-01; echo "exit $?"
kolmi stats --period today --till 2026-11-01; echo "exit $?"
KOLMI_NOW=2026-11-28T09:30:00 kolmi calls; echo "exit $?"
