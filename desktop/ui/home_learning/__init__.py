"""The home-learning screen: set a task for a class or a group, with guidance for families, and see who
has done it (from the app or on paper)."""
