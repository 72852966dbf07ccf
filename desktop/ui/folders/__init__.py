"""The work folders screen and the progress screen: a child's work for the week or month, and how it goes."""
