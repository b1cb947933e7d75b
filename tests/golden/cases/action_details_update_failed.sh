# One invalid value among valid ones: exit 1, the reason, and nothing changed.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi details update --reg-city Samarkand --reg-direction Atlantis; echo "exit $?"; KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi details | grep -E 'reg_city|reg_direction'; KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi details update
