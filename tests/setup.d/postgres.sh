#!/usr/bin/env bash
# PostgreSQL for the sync server's tests (tests/test_sync_postgres.py).
#
# Installs Debian's postgresql if it is missing, starts a cluster listening on 127.0.0.1 (as the postgres
# user, through pg_ctlcluster), and creates the role `linkbook` (password `linkbook`, allowed to create
# databases: each test makes its own) and the database `linkbook_test`. Safe to run again, and quick when
# the cluster is already up.
#
# The tests read LINKBOOK_TEST_POSTGRES_URL, by default
#   postgresql+psycopg://linkbook:linkbook@127.0.0.1:5432/linkbook_test
# and skip (outside CI) when nothing answers there.
set -euo pipefail

ROLE=linkbook
PASSWORD=linkbook
DATABASE=linkbook_test

have_server() { compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; }

if ! have_server; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "postgres.sh: PostgreSQL is not installed and this is not root; the PostgreSQL tests will skip" >&2
        exit 0
    fi
    echo "postgres.sh: installing Debian's postgresql" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

# The first cluster pg_lsclusters knows, or a new one.
read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1) || true
if [ -z "${VERSION:-}" ]; then
    VERSION=$(basename "$(dirname "$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/postgres" | sort -V | tail -n 1)")")")
    CLUSTER=main
    pg_createcluster "$VERSION" "$CLUSTER" >/dev/null
    read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
fi
if [ "$STATUS" != online ]; then
    pg_ctlcluster "$VERSION" "$CLUSTER" start
fi
for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$PORT"

if ! as_postgres psql -p "$PORT" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'" | grep -q 1; then
    as_postgres psql -p "$PORT" -q -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB"
fi
if ! as_postgres psql -p "$PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1; then
    as_postgres psql -p "$PORT" -q -c "CREATE DATABASE $DATABASE OWNER $ROLE"
fi
