kolmi login -u demo -p demo >/dev/null && kolmi logout && test ! -e session && echo "session file removed" && kolmi main
