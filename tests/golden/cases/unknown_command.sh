kolmi frobnicate
