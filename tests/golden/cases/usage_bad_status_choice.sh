kolmi calls --status answred
