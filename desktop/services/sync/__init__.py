"""Syncing this device with the school, one module for each thing it does (no Qt, no SQL).

- `engine`: `SyncService`, founding the school's sync, one sync run, removing a device and the status
  line (`SyncReport`, `SyncStatus`, `RemovedFromSync`).
- `conflicts`: `SyncConflicts`, long texts edited on two devices at once, and a person's choice.
- `admission`: who may change what (`admit`), asked of every change that arrives.
- `device`: this computer's row, where it syncs (`SyncTarget`) and one transport to it.
- `joining`: `Enrolment`, inviting, joining, approving and the devices list, from both ends.
- `invitations`: the admin device's invitations, issued whatever the network.
- `enrolment`: where requests to join wait (the mailboxes) and what a refusal says (`JoinRefused`).
- `rejoin`: a removed computer joining again as a new device.
- `first_queue`: a device's first sync queues what it held before it synced.
- `pipeline`: sealing here while a second thread pushes.
- `attachments`: the encrypted files of photos and scans, beside their records.

The tables these read and write are the store's (desktop/store/sync_store/).
"""
