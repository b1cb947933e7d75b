export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin device add --user demo2 --type PJSIP --name client1 --extension 1001 --secret - --callerid '"Ivan" <1001>' --grace-time 5 --accountcode A1001 <<< "s3cret"
kolmi admin device add --user demo2 --type SIP --name client1; echo "exit $?"
kolmi admin device add --user demo --type SIP --name client9 --extension 101; echo "exit $?"
kolmi admin device add --user ghost --type SIP --name x; echo "exit $?"
kolmi admin device add --user demo --type PIGEON --name x; echo "exit $?"
kolmi admin device list --user demo2
