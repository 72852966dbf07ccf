"""The vault's side of end-to-end encrypted sync: the engine's store, change capture, and the record kinds.

- `store.VaultSyncStore`: `sync.local.SyncStore` over the vault (merge states, outbox, inbox, keys).
- `capture`: local changes to synced rows become queued field-level changes in the same transaction;
  `records_deleted` is the one public way to say "these records were deleted" (erasure uses it).
- `kinds`: which tables sync, as which kind of record, in which scope, under which merge rule.
- What the sync services read and write, one class per concern, each taking the caller's session and
  returning values, not rows: `device.ThisDevice` (this computer's row), `runs.SyncRuns` (the last sync
  over each channel), `invitations.IssuedInvitations`, `enrolled.EnrolledDevices` (the devices an admin
  approved), `scopes.Scopes` (whose records each scope holds, which scopes a device gets),
  `backlog.SyncBacklog` (what waits: changes, bundles, conflicts), `attachment_files.AttachmentFiles`
  (which files travel) and `rejoin.Rejoining` (a removed computer starting again).

See docs/sync.md, "The desktop store and change capture".
"""

from desktop.store.sync_store.capture import capture_changes, records_deleted

__all__ = ["capture_changes", "records_deleted"]
