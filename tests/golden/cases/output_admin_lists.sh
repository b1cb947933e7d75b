# Admin lists: TSV when stdout is not a terminal, any format with --output
# or KOLMI_OUTPUT.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin user list
kolmi admin user list --output table
kolmi admin device list --user demo2 --output csv
KOLMI_OUTPUT=json kolmi admin device list --user demo
kolmi admin device list --user demo --output xml
kolmi admin user add carol --password-stdin --output json <<< "carol-secret-1"
kolmi admin user block carol --output table
