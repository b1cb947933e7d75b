kolmi login -u demo -p secret1 --password-stdin
