export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin user add alice --password-stdin --first-name Alice --last-name Smith --tariff "Retail EUR" --currency EUR --vat 21 --time-zone Europe/Vilnius --prepaid --credit 10.50 <<< "alice-password"
kolmi admin user add root2 --password-stdin --usertype admin --no-credit-limit <<< "root2-password"
kolmi admin user list
unset KOLMI_USER KOLMI_PASSWORD
kolmi login -u alice --password-stdin <<< "alice-password" >/dev/null && echo "alice logged in"
