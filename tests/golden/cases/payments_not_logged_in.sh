kolmi payments
