"""Returned paper: reading scanned pages back into the app (see docs/paper-returns.md when written).

`scans` turns scanned files into page pictures one at a time; `reading` finds on each picture the codes
naming the returnable page and how the page lies on the scan.
"""
