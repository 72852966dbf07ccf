"""Subcommands of `linkbook` that live beside the features they drive (see COMMAND_MODULES in cli.py)."""
