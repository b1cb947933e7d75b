kolmi main
