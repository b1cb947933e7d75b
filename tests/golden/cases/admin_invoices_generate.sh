# kolmi admin invoices generate: the demo made its invoices of the last
# months this way (so a run for them says they exist and changes nothing); an
# earlier month gets new invoices numbered after the demo's; a second run
# changes nothing; a month not yet over is open; --replace refuses a paid
# invoice (1) and makes an unpaid one anew in place; a bad period is 2.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin invoices generate --period 2026-10 --output tsv | cut -f1-6,8-
kolmi admin invoices generate --period 2026-05 --issue-date 2026-06-01 --output tsv | head -6
kolmi admin invoices generate --period 2026-05 --user demo --output tsv
kolmi admin invoices generate --period 2026-11 --user demo2 --output tsv
kolmi admin invoices generate --period 2026-13; echo "exit $?"
kolmi admin invoices generate --period 2026-10 --user nobody; echo "exit $?"
sqlite3 kolmi.db "UPDATE invoices SET paid = 1 WHERE number = 'INV000101'"
kolmi admin invoices generate --period 2026-07 --user demo --replace; echo "exit $?"
sqlite3 kolmi.db "UPDATE invoices SET paid = 0, paid_date = NULL WHERE number = 'INV000101'"
kolmi admin invoices generate --period 2026-07 --user demo --replace --issue-date 2026-08-02 --output tsv
kolmi admin log --output tsv | cut -f3- | tail -2
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin invoices generate --period 2026-10; echo "exit $?"
