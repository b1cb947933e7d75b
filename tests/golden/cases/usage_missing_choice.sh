# A missing value of an option with choices lists them.
kolmi calls --status
