"""Use cases over the store: each returns domain objects; none knows about widgets or SQL."""
