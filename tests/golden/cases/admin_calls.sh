# kolmi admin calls on the demo database: every user's calls of today by
# default (tsv when not a terminal), each filter, every output format, and
# bad input: a pattern that is not digits/+/* (exit 2), an unknown user or
# device (exit 4), a user who is not an admin (exit 3).
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin calls
kolmi admin calls --tz Asia/Tashkent --limit 3 --output table
kolmi admin calls --period this-month --unrated
kolmi admin calls --period this-month --dst '4420*' --output json
kolmi admin calls --from 2026-11-01 --till 2026-11-30 --user demo2 --disposition busy --limit 3
kolmi admin calls --period this-month --src '*7' --dst '*1' --limit 4 --output csv
kolmi admin calls --user 3 --device 5 --period last-week --limit 2
kolmi admin calls --uniqueid 1788088955.1 --output xml
kolmi admin calls --unassigned; echo "exit $?"
kolmi admin calls --dst 44a; echo "exit $?"
kolmi admin calls --src ''; echo "exit $?"
kolmi admin calls --disposition CONGESTION; echo "exit $?"
kolmi admin calls --limit 0; echo "exit $?"
kolmi admin calls --user nobody; echo "exit $?"
kolmi admin calls --device 99; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin calls; echo "exit $?"
