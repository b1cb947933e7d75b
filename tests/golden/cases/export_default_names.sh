# -o DIR/ (or an existing folder) writes MOR's default file names; a PDF goes
# to stdout only when stdout is not a terminal (here a pipe).
mkdir out
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi rates export --format csv -o out/
kolmi rates export --format pdf --currency EUR -o out/
kolmi calls export --format csv --from 2026-11-01 --till 2026-11-30 -o out
kolmi calls export --format pdf -o out/
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi --as demo2 calls export --format csv --from 2026-10-01 -o out/
ls out
head -c 5 out/Rates-Personal-demo-EUR.pdf; echo
kolmi rates export --format pdf | { head -c 5; cat >/dev/null; }; echo
