kolmi calls export -o calls.csv
