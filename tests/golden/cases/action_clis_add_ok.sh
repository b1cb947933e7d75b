KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi clis add --device 2 --cli +998712345678 --description '<&> "Office"' && KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi clis
