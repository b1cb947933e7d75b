# kolmi stats export --format svg: the chart as SVG text, a week (bars per
# day for calls and minutes, the ASR dots and line, axes, legend), and in
# Russian a period without calls (axes and a note).
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi stats export --format svg --period last-week
kolmi --lang ru stats export --format svg --period 2027-01 | grep -E 'class="(title|period|totals|legend|panel|note)"'
