"""Class news and events: what a class has published this half-term, writing and publishing more, and the
class newsletter on paper. The screen (screen.py) plugs into the main window through desktop.ui.screens."""
