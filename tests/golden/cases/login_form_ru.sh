kolmi login-form --lang ru
