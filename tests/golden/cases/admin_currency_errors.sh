# kolmi admin currency refusals: the default currency (rate 1, always
# offered), a currency in use, unknown (4), existing (1), bad values (2),
# not an admin (3); nothing changes.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin currency set USD --rate 2; echo "exit $?"
kolmi admin currency disable USD; echo "exit $?"
kolmi admin currency disable EUR; echo "exit $?"
kolmi admin currency set XYZ --rate 1; echo "exit $?"
kolmi admin currency enable XYZ; echo "exit $?"
kolmi admin currency add EUR --name Euro --rate 1; echo "exit $?"
kolmi admin currency set EUR --rate 0; echo "exit $?"
kolmi admin currency set EUR --rate 1e3; echo "exit $?"
kolmi admin currency set EUR --rate 0.0000000001; echo "exit $?"
kolmi admin currency add sek --name Krona --rate 11; echo "exit $?"
kolmi admin currency add SEK --rate 11; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin currency list; echo "exit $?"
kolmi admin currency list --output table
