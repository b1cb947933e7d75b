kolmi login -u demo -p demo >/dev/null
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin user block demo
kolmi main >/dev/null; echo "exit $?"
kolmi login -u demo -p demo >/dev/null; echo "exit $?"
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin user unblock demo
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin user passwd demo --password-stdin <<< "new-demo-password"
kolmi login -u demo --password-stdin <<< "new-demo-password" >/dev/null && echo "logged in with the new password"
