# kolmi stats export -o DIR/ writes Stats-<login>-<first day>-<last day>.EXT;
# a PDF goes to stdout only when stdout is not a terminal (here a pipe);
# refused options and a bad period leave no file.
mkdir out
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi stats export --format pdf -o out/
kolmi stats export --format svg --period 2026-10 -o out/
kolmi stats export --format csv --from 2026-11-20 -o out
ls out
head -c 5 out/Stats-demo-2026-11-01-2026-11-30.pdf; echo
kolmi stats export --format pdf | { head -c 5; cat >/dev/null; }; echo
mkdir none
kolmi stats export --format svg --font x.ttf -o none/
kolmi stats export --format pdf --bom -o none/
kolmi stats export --format pdf --period 2026-13 -o none/
kolmi stats export --format pdf --from '2026-11-01 10:00:00' -o none/
kolmi stats export --format png -o none/
ls none | wc -l
