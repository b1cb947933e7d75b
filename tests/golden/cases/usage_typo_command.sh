kolmi cals
