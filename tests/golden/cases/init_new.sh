kolmi --db ./new/kolmi.db init --password-stdin <<< "correct horse" && KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db ./new/kolmi.db main
