"""The families screen: each pupil's contacts, how they want the link book, and the photo consent.
The screen (screen.py) plugs into the main window through desktop.ui.screens."""
