"""The school's world as plain Python: no Qt, no SQLAlchemy, no I/O."""
