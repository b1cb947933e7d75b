kolmi calls --help
