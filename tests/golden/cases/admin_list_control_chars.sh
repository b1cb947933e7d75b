# Names holding control characters (from MOR's own database or an import)
# never reach the terminal raw: the operators' listings show U+FFFD.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
sqlite3 "$KOLMI_DB" "UPDATE users SET first_name = 'Evil' || char(27) || '[2J' || char(1) WHERE username = 'demo'"
sqlite3 "$KOLMI_DB" "UPDATE devices SET callerid = 'x' || char(27) || ']0;owned' || char(7) || char(127) WHERE user_id = (SELECT id FROM users WHERE username = 'demo')"
kolmi admin user list --output table
kolmi admin device list --user demo --output table
echo "raw control bytes: $({ kolmi admin user list; kolmi admin device list --user demo; } | LC_ALL=C grep -c "$(printf "[\001-\010\013-\037\177]")")"
