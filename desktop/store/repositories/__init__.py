"""Repositories: the only code that reads and writes rows; they speak in domain objects."""
