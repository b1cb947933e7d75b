# demo (Asia/Tashkent, USD): today's calls, both directions, oldest first.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi calls
