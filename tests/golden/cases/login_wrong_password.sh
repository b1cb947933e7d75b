kolmi login -u demo -p wrong; echo "kolmi exit $?"; test ! -e session && echo "no session file"
