kolmi login -u admin -p admin >/dev/null && kolmi --as demo2 devices
