kolmi --db ./missing.db main
