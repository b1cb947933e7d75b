echo "just text, not a database at all, long enough for a header" > junk.db && kolmi --db junk.db main
