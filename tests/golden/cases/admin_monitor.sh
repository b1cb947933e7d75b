# kolmi admin monitor: alert rules on the demo database. No rules: check is
# silent with exit 0; then one rule of each kind, some tripping (demo spent
# 1.215333334 today in Tashkent, demo2's device 201 made 7 calls in a day,
# Carrier One's margin is 26%, calls above 0.1 a minute, three unrated
# calls this month) and one not (demo2's month, 18.39 of 100); check prints
# one row per finding and exits 1; --since narrows it; --block blocks demo
# only (the spend rule that tripped), one audit row. Refusals exit 2 or 4.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin monitor check; echo "exit $?"
kolmi admin monitor add spend --user demo --above 1.2 --period day
kolmi admin monitor add spend --user demo2 --above 100 --period month --output json
kolmi admin monitor add calls --device 3 --above 6 --last 1440
kolmi admin monitor add margin --below 30 --by provider --last 1440
kolmi admin monitor add rate --above 0.1 --last 1440
kolmi admin monitor add unrated --last 43200
kolmi admin monitor list --output table
kolmi admin monitor check; echo "exit $?"
kolmi admin monitor check --since '2026-11-28 08:00:00' --output json; echo "exit $?"
kolmi admin monitor check --since '2026-11-28 09:00:00'; echo "exit $?"
kolmi admin monitor check --block --output table; echo "exit $?"
kolmi admin user list --blocked --output tsv | cut -f1-2
kolmi admin monitor remove 6
kolmi admin monitor remove 6; echo "exit $?"
kolmi admin monitor add spend --user nobody --above 1 --last 60; echo "exit $?"
kolmi admin monitor add spend --user demo --above 0 --last 60; echo "exit $?"
kolmi admin monitor add rate --above 1 --period day; echo "exit $?"
kolmi admin monitor add calls --above 1 --last 60; echo "exit $?"
kolmi admin monitor add fraud --last 60; echo "exit $?"
kolmi admin monitor check --since yesterday; echo "exit $?"
kolmi admin monitor list --output csv
kolmi admin log --output tsv | cut -f7-10 | grep monitor
