# kolmi admin provider add|list|set: the demo's two providers, a new one
# with a buy deck imported --purpose provider, peers added, removed and
# replaced, and the refusals (a peer another provider claims, an unknown or
# sell tariff, an unknown provider), each changing nothing.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin provider list
printf 'prefix,destination,rate,min_time,increment\n370,Lithuania,0.06,30,6\n' > buy.csv
kolmi admin import rates buy.csv --tariff 'Baltic buy' --purpose provider --currency EUR
kolmi admin provider add Baltic --tariff 'Baltic buy' --peer baltic --peer sofia/gateway/baltic --tech PJSIP
kolmi admin provider set Baltic --add-peer 192.0.2.7 --remove-peer baltic --output json
kolmi admin provider set Baltic --name 'Baltic Telecom' --peer SIP/baltic
kolmi admin provider list --output table
kolmi admin provider add Other --tariff 'Baltic buy' --peer carrier; echo "exit $?"
kolmi admin provider set Baltic\ Telecom --add-peer wholesale; echo "exit $?"
kolmi admin provider add Other --tariff 'Retail USD'; echo "exit $?"
kolmi admin provider add Other --tariff Nope; echo "exit $?"
kolmi admin provider set Nope --tech SIP; echo "exit $?"
kolmi admin provider set Baltic\ Telecom; echo "exit $?"
kolmi admin provider set Baltic\ Telecom --peer a --add-peer b; echo "exit $?"
kolmi admin import rates buy.csv --tariff 'Retail USD' --purpose provider; echo "exit $?"
kolmi admin user set demo --tariff 'Baltic buy'; echo "exit $?"
kolmi admin provider list
kolmi admin log --output tsv | grep -c provider
