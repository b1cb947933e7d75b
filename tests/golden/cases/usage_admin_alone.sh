kolmi admin
