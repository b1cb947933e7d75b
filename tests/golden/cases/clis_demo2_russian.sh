KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi clis
