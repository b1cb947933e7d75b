kolmi calls 2026-11-01
