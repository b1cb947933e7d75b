kolmi --lang ru calls
