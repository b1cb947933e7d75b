kolmi -V
