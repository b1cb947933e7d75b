kolmi calls
