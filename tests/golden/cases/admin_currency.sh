# kolmi admin currency: the list (what uses each currency), add, set,
# disable and enable of an unused currency, in table, tsv and json.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin currency list
kolmi admin currency list --output table
kolmi admin currency add SEK --name "Swedish krona" --rate 11.2
kolmi admin currency set SEK --rate 11.254 --output table
kolmi admin currency disable SEK
kolmi admin currency disable SEK
kolmi admin currency enable SEK --output json
kolmi admin currency list --output json
kolmi admin log --output tsv | cut -f7-11 | tail -n 4
