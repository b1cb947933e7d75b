kolmi login -u admin -p admin >/dev/null && kolmi --as demo4 invoices
