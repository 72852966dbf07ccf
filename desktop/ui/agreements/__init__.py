"""The SENCO's agreements, support plans and one-page profiles: templates, tailored copies, versions,
signatures and reviews due. The screen (screen.py) plugs into the main window through desktop.ui.screens."""
