# kolmi admin copy: the demo database into a new file (one row per table),
# the copy readable as the original, and the refusals: an existing target
# (exit 1), a bad URL (exit 2), a user (exit 3), a newer schema (exit 5).
# golden: sqlite only (the case copies its SQLite file; copies to and from MariaDB: tests/integration/admin_copy.sh)
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin copy --from kolmi.db --to copies/snapshot.db
kolmi --db copies/snapshot.db admin calls --period 2026-11 --limit 3 --output tsv | cut -f1-4
kolmi admin copy --from kolmi.db --to copies/snapshot.db; echo "exit $?"
kolmi admin copy --from kolmi.db --to "mariadb://kolmi:secret@localhost/kolmi"; echo "exit $?"
kolmi admin copy --from kolmi.db; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin copy --from kolmi.db --to copies/other.db; echo "exit $?"
sqlite3 kolmi.db "PRAGMA user_version = 99" && kolmi admin copy --from kolmi.db --to copies/other.db; echo "exit $?"
ls -A copies
