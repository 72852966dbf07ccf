"""The records screen: audit trail, register of requests for a child's records, retention and erasure."""
