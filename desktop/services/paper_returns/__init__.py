"""Returned paper: reading scanned pages back into the app (see docs/paper-returns.md when written).

`scans` turns scanned files into page pictures one at a time; `reading` finds on each picture the codes
naming the returnable page and how the page lies on the scan; `marks` reads its boxes; `deciding` decides
what a page files before anything is written, `writing` files it and keeps its pictures, `filing` runs the
import and the review queue, `outcomes` says what became of each page.
"""
