kolmi login -u admin -p admin >/dev/null && kolmi main --as 2
