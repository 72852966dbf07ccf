"""HTTP routes, one module per resource; handlers check and delegate, the store does the queries."""
