kolmi --dbb other.db main
