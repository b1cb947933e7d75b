kolmi login -u demo -p demo >/dev/null && kolmi devices
