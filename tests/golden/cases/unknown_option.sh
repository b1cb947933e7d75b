kolmi main --bogus
