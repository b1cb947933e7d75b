# Each rate carries its destination group's id (spec README decision 13),
# so the destinations of a rate need no database look-up.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi rates --output tsv | head -3
kolmi destinations "$(kolmi rates --output tsv | awk -F'\t' 'NR == 2 { print $1 }')" --output tsv
