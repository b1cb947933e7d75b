kolmi init --password-stdin <<< "correct horse"
