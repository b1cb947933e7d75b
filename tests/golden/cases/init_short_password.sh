kolmi --db ./new.db init --password-stdin <<< "short"; echo "kolmi exit $?"; test ! -e new.db && echo "nothing created"
