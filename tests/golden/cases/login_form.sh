kolmi login-form
