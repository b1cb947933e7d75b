# kolmi admin payment add: demo2 (prepaid, EUR, VAT 20%) pays 120 EUR with
# VAT: 100 without VAT reaches the balance (USD) at EUR's rate 0.92; a
# payment in USD dated in her zone; a refund. Her main page (balance) and
# payments page show them, and each leaves one audit row.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi main | grep balance
kolmi admin payment add --user demo2 --amount 120 --comment "bank transfer 2026-11-27" --output table
kolmi admin payment add --user demo2 --amount 50.00 --currency USD --date "2026-11-27 18:00:00" --tz Europe/Sofia
kolmi admin payment add --user demo2 --amount 12 --refund --comment "double payment" --output json
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi main | grep balance
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi payments --output tsv
kolmi admin log --output tsv | grep -e '^id' -e 'payment'
