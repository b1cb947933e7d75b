kolmi login-form --lang de
