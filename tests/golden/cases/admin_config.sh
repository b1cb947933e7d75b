# kolmi admin config: every setting kolmi reads with its value and default;
# get, set and unset; a setting takes effect at once (Nice_Number_Digits on
# the payments page).
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin config list
kolmi admin config get Callback_Wait_Time --output table
kolmi admin config set Nice_Number_Digits 2
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi payments | grep -m 2 amount_vat
kolmi admin config set Callback_Spool_Dir /var/spool/asterisk/outgoing --output json
kolmi admin config get Callback_Spool_Dir --output json
kolmi admin config unset Nice_Number_Digits --output table
kolmi admin config unset Nice_Number_Digits
kolmi admin config list --output json | head -n 4
kolmi admin log --output tsv | cut -f7-11 | tail -n 3
