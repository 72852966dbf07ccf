"""Linkbook desktop app: domain, encrypted store, services, printing and the Qt front end."""
