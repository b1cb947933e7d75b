kolmi demo --seed 7 --calls 100 --users 1
