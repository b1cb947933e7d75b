# kolmi admin user set: each option, by login or id; what changed, one row
# per option (table and TSV); the account afterwards in user show.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin user set demo --tariff "Retail EUR" --currency EUR --tz Europe/Vilnius --output table
kolmi admin user set 1 --lang ru --vat 21.5 --prepaid --credit 12.3456
kolmi admin user set demo --first-name " Andrei " --last-name Mazunin --email andrei@example.com --output table
kolmi admin user set demo --credit unlimited --postpaid --email ""
kolmi admin user set demo3 --usertype admin --output json
kolmi admin user set demo3 --usertype user --output xml
kolmi admin user show demo --output tsv
kolmi admin log --output tsv | cut -f3-
