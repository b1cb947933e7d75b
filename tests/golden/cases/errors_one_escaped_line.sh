# Values in error messages are escaped and cut: a newline and an ESC show
# as \n and \x1b, a long value ends after 64 characters with "…", a value
# CLI11 quotes is escaped and the whole message cut in the middle.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi calls --from "$(printf '2026-11-01\n\033[2J')"; echo "exit $?"
kolmi calls --till "$(printf '%0200d' 7)"; echo "exit $?"
kolmi calls --direction "$(printf 'in\033[31m\nred')"; echo "exit $?"
kolmi calls --direction "$(printf '%0500d' 9)"; echo "exit $?"
kolmi "$(printf 'ca\nlls')"; echo "exit $?"
