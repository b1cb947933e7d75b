kolmi login -u admin -p admin >/dev/null && kolmi --as demo4 --lang ru faxes --from "2026-11-01 00:00:00" --till "2026-11-12 23:59:59" --status all
