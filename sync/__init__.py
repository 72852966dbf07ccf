"""End-to-end encrypted sync for Linkbook, usable by any client (it never imports the desktop app).

Start with `sync.client.SyncEngine` over a store implementing `sync.local.SyncStore`, and a transport:
`sync.http.HttpTransport` (the school's server) or `sync.folder.FolderTransport` (a shared folder or USB
stick). docs/sync.md describes the protocol, the keys and what the server can and cannot see.
"""
