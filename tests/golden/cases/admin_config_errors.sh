# kolmi admin config refusals: unknown keys (2, with the closest names), bad
# values (2, naming what is allowed), settings only kolmi changes (1), not an
# admin (3); nothing changes.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin config get Nice_Number_Digit; echo "exit $?"
kolmi admin config set Frobnicate 1; echo "exit $?"
kolmi admin config set Nice_Number_Digits 12; echo "exit $?"
kolmi admin config set Session_Expiry_Days 0; echo "exit $?"
kolmi admin config set CSV_Separator a; echo "exit $?"
kolmi admin config set CSV_Decimal ";"; echo "exit $?"
kolmi admin config set Callback_File_Mode 0999; echo "exit $?"
kolmi admin config set Callback_Archive maybe; echo "exit $?"
kolmi admin config set Callback_Spool_Dir spool; echo "exit $?"
kolmi admin config set Default_Currency EUR; echo "exit $?"
kolmi admin config unset Kolmi_Demo_Seed; echo "exit $?"
kolmi admin config set Nice_Number_Digits; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin config list; echo "exit $?"
kolmi admin config list --output tsv | cut -f1-3
