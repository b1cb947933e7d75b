# A device secret given on the command line is refused without being shown;
# a wrong KOLMI_PASSWORD is not shown either.
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin device add --user demo --type SIP --name d9 --secret S3cretS3cret; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD="$(printf 'Wr0ngS3cret\n')" kolmi main; echo "exit $?"
