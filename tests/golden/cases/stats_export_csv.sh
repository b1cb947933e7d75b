# kolmi stats export --format csv: the stats page's by-date rows, oldest
# first (compare `kolmi --output csv stats`, newest first), with the CSV
# options of the other exports.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi stats export --format csv --period last-week
kolmi --output csv stats --period last-week
kolmi stats --period last-week export --format csv --separator tab --decimal , | sed -n 2p | tr '\t' '|'
kolmi stats export --format csv --period last-week --bom | head -c 3 | od -An -tx1
