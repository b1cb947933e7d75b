# kolmi admin payment list: every user's payments oldest first, or one
# user's, in a period and zone; table, TSV and JSON; exit 4, 2 and 3.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin payment add --user demo --amount 118 --comment "invoice 2026-10" >/dev/null
kolmi admin payment list --user demo --output table
kolmi admin payment list --period this-month --tz Asia/Tashkent
kolmi admin payment list --user demo2 --from 2026-10-01 --output json
kolmi admin payment list --user nobody; echo "exit $?"
kolmi admin payment list --from 2026-13-01; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin payment list; echo "exit $?"
