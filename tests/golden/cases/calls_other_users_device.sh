# Device 3 is demo2's: reported exactly like a missing device.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi calls --device 3
