"""Soak harnesses: SIGKILLs during saves, sync, import and backup; random sync schedules; a sync server
killed and restarted under load.

`python -m tests.soak` (make soak) runs the long versions and prints counts and durations;
tests/test_soak_short.py runs the same harnesses with small counts in the ordinary suite.
"""
