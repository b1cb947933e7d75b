# kolmi admin invoices export: every user's invoice of a month into a
# folder, one CSV each (for cron; --format pdf or xlsx for those); -o must
# be an existing folder (2); only admins (3).
export KOLMI_USER=admin KOLMI_PASSWORD=admin
mkdir invoices
kolmi admin invoices export --period 2026-10 -o invoices/
ls invoices
cat invoices/Invoice-INV000108.csv
kolmi admin invoices export --period 2026-10 -o missing/; echo "exit $?"
kolmi admin invoices export --period 2026-10; echo "exit $?"
kolmi admin invoices export --period 10-2026 -o invoices/; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin invoices export --period 2026-10 -o invoices/; echo "exit $?"
mkdir pdf
kolmi admin invoices export --period 2026-10 --format pdf -o pdf/ | cut -f2,5
ls pdf
pdfinfo pdf/Invoice-INV000108.pdf | grep -E "^(Title|Author|Creator|Pages):" | sed 's/  */ /g'
kolmi admin invoices export --period 2026-10 --format xlsx --bom -o pdf/; echo "exit $?"
