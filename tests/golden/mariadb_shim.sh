# Sourced by run.sh before a case on MariaDB: `sqlite3 DB SQL` runs SQL on the
# case's server database instead, printing rows as the sqlite3 shell does
# (columns joined with '|', NULL as nothing). The session speaks the same
# SQL as kolmi's own (ANSI quotes, || joins strings) in UTC.
sqlite3() {
  (($# == 2)) || { echo "mariadb_shim: only \`sqlite3 DB SQL\` is translated" >&2; return 2; }
  mariadb --no-defaults "--socket=$KOLMI_TEST_MARIADB_SOCKET" -u "$(id -un)" --batch --raw --skip-column-names \
    "--init-command=SET SESSION sql_mode = 'ANSI_QUOTES,PIPES_AS_CONCAT,NO_BACKSLASH_ESCAPES,STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO', time_zone = '+00:00'" \
    "$KOLMI_GOLDEN_MARIADB_DB" -e "$2" |
    awk -F'\t' -v OFS='|' '{ for (i = 1; i <= NF; i++) if ($i == "NULL") $i = ""; $1 = $1; print }'
}
