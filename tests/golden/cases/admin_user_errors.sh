export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin user add demo --password-stdin <<< "long-enough"; echo "exit $?"
kolmi admin user add bob --password-stdin <<< "short"; echo "exit $?"
kolmi admin user add "bob smith" --password-stdin <<< "long-enough"; echo "exit $?"
kolmi admin user add bob --tariff Gold --password-stdin <<< "long-enough"; echo "exit $?"
kolmi admin user add bob --currency JPY --password-stdin <<< "long-enough"; echo "exit $?"
kolmi admin user add bob --time-zone Mars/Olympus --password-stdin <<< "long-enough"; echo "exit $?"
kolmi admin user add bob --vat 1e3 --password-stdin <<< "long-enough"; echo "exit $?"
kolmi admin user add bob --credit 5 --no-credit-limit --password-stdin <<< "long-enough"; echo "exit $?"
kolmi admin user passwd ghost --password-stdin <<< "long-enough"; echo "exit $?"
kolmi admin user block ghost; echo "exit $?"
kolmi admin user block admin
