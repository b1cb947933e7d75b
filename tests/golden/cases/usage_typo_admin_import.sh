kolmi admin imprt cdr Master.csv
