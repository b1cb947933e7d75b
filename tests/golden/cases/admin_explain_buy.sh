# kolmi admin explain with both sides: a call bought from Carrier One (6 s
# increments), one from Wholesale Europe (in EUR, converted), one through a
# trunk no provider claims; then a buy deck changed under a stored call is
# DIFFERENT (exit 1) until a rerate prices it again. Also --no-provider.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
first() { kolmi admin calls --from 2026-09-01 --output tsv | awk -F'\t' -v p="$1" 'NR > 1 && $18 == p && $12 > 0 && !done { print $1; done = 1 }'; }
carrier=$(first 'Carrier One')
wholesale=$(first 'Wholesale Europe')
echo "== Carrier One"
kolmi admin explain "$carrier" --output table | grep -E '^(call |buy|verdict)'; echo "exit $?"
echo "== Wholesale Europe"
kolmi admin explain "$wholesale" --output json | grep -E '"(stored_cost|recomputed_cost|cost_difference|matches)"'
echo "== no provider"
satlink=$(kolmi admin calls --from 2026-09-01 --no-provider --dst 882 --output tsv | awk -F'\t' 'NR == 2 { print $1 }')
kolmi admin explain "$satlink" --output tsv | grep '^buy'
echo "== --no-provider, by provider (empty: none matched)"
kolmi admin calls --from 2026-09-01 --no-provider --output tsv | tail -n +2 | cut -f18 | sort | uniq -c
echo "== a new buy price: the stored one is not today's until a rerate"
prefix=$(kolmi admin calls --from 2026-09-01 --output tsv | awk -F'\t' -v id="$carrier" '$1 == id { print $8 }')
name=$(kolmi admin calls --from 2026-09-01 --output tsv | awk -F'\t' -v id="$carrier" '$1 == id { print $9 }')
printf 'prefix,destination,rate,increment\n%s,%s,0.5,6\n' "$prefix" "$name" > buy.csv
kolmi admin import rates buy.csv --tariff 'Carrier One buy' --purpose provider --output tsv | cut -f9-12
kolmi admin explain "$carrier" --output table | grep -E '^buy (stored|verdict)'; echo "exit ${PIPESTATUS[0]}"
kolmi admin rerate --output tsv
kolmi admin explain "$carrier" --output table | grep -E '^buy (stored|verdict)'; echo "exit ${PIPESTATUS[0]}"
