"""Support plans reviewed with the family: the cycle of each plan (assess, plan, do, review), the review
meeting that makes the plan's next version, and the plan's history with each target's progress charted.
The screen (screen.py) plugs into the main window through desktop.ui.screens."""
