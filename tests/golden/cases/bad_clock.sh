KOLMI_NOW=yesterday kolmi main
