kolmi
