kolmi admin user
