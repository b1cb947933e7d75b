# kolmi admin payment add refuses every bad value before anything is
# written: the users, payments and actions tables are the same after.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
state() { sqlite3 kolmi.db "SELECT id, balance FROM users; SELECT count(*), sum(amount) FROM payments; SELECT count(*) FROM actions" | md5sum; }
state > before.txt
kolmi admin payment add --user demo2 --amount 1e3; echo "exit $?"
kolmi admin payment add --user demo2 --amount 1,000; echo "exit $?"
kolmi admin payment add --user demo2 --amount "1 000"; echo "exit $?"
kolmi admin payment add --user demo2 --amount 10.005; echo "exit $?"
kolmi admin payment add --user demo2 --amount -10; echo "exit $?"
kolmi admin payment add --user demo2 --amount 0; echo "exit $?"
kolmi admin payment add --user demo2 --amount 10 --currency JPY; echo "exit $?"
kolmi admin payment add --user demo2 --amount 10 --currency XXX; echo "exit $?"
kolmi admin payment add --user nobody --amount 10; echo "exit $?"
kolmi admin payment add --user demo2 --amount 10 --date 2026-12-01; echo "exit $?"
kolmi admin payment add --user demo2 --amount 10 --date 2026-02-30; echo "exit $?"
kolmi admin payment add --user demo2 --amount 10 --comment "$(printf 'two\nlines')"; echo "exit $?"
kolmi admin payment add --user demo2; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin payment add --user demo --amount 10; echo "exit $?"
state | cmp - before.txt && echo "nothing changed"
