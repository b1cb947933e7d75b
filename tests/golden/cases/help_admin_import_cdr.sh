kolmi help admin import cdr
