"""The encrypted local store: SQLCipher database, wrapped key, attachment blobs, migrations."""
