"""Family mode: the app on a family's own device, showing only that family's children.

A device enrolled as a family device (desktop/services/sync/) holds only its own children's records;
`desktop.ui.app` opens a `FamilyWindow` on it instead of the staff main window. The person using it acts
as a family member (desktop/domain/access.py): they read, reply, mark entries read, sign agreements and
comment on folders, and what they write goes to the outbox and syncs like everything else.
"""
