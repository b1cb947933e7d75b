# A failing export creates no file and no temporary file, and an existing
# target stays as it was: another user's device (4), a bad date (2),
# separator equal to the decimal mark (2), a folder that does not exist (5),
# not logged in (3), a PDF font that cannot be loaded (5, after the
# temporary file was made).
mkdir out && echo old >out/calls.csv && echo old >out/rates.pdf
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi calls export --format csv --device 3 -o out/calls.csv; echo "exit $?"
kolmi calls export --format pdf --from 2026-13-01 -o out/calls.pdf; echo "exit $?"
kolmi calls export --format csv --separator , --decimal , -o out/calls.csv; echo "exit $?"
kolmi rates export --format csv -o out/missing/rates.csv; echo "exit $?"
KOLMI_PASSWORD=wrong kolmi rates export --format csv -o out/rates.csv; echo "exit $?"
kolmi rates export --format pdf --font /nonexistent/font.ttf -o out/rates.pdf; echo "exit $?"
ls -A out
cat out/calls.csv out/rates.pdf
