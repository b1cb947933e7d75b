kolmi completion fish
