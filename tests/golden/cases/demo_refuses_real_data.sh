kolmi --db ./real.db init --password-stdin <<< "correct horse" >/dev/null && kolmi --db ./real.db demo --calls 10
