# kolmi admin user list: balance (default currency), zone and last login
# columns; --blocked and --tariff filters; an unknown tariff is exit 4.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin user block demo3 >/dev/null
kolmi admin user list --output table
kolmi admin user list --blocked
kolmi admin user list --tariff "Retail EUR" --output table
kolmi admin user list --tariff "Retail EUR" --blocked
kolmi admin user list --tariff Platinum; echo "exit $?"
