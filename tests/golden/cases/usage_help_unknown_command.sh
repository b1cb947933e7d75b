kolmi help cals
