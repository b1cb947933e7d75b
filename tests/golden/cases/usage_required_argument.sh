kolmi admin import cdr
