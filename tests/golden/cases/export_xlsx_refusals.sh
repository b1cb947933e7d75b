# XLSX export's refusals and failures leave nothing behind: CSV-only and
# PDF-only options (2), an XLSX to a terminal is refused like a PDF (the
# golden runner's stdout is a file, so see tests/cli for that), an
# unwritable scratch folder for stdout (5, nothing on stdout), a folder that
# does not exist (5), another user's device (4); the existing target stays.
mkdir out && echo old >out/calls.xlsx
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi calls export --format xlsx --separator , -o out/calls.xlsx; echo "exit $?"
kolmi rates export --format xlsx --font x.ttf -o out/calls.xlsx; echo "exit $?"
kolmi calls export --format xlsx --device 3 -o out/calls.xlsx; echo "exit $?"
kolmi rates export --format xlsx -o out/missing/rates.xlsx; echo "exit $?"
TMPDIR=$PWD/no-such-folder kolmi rates export --format xlsx >stdout.bin; echo "exit $?"
wc -c <stdout.bin
ls -A out
cat out/calls.xlsx
