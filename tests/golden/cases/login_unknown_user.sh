kolmi login -u nobody -p demo
