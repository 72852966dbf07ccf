#!/usr/bin/env bash
# A 20 MB filesystem for the disk-full tests (tests/test_hardening_disk_full.py).
#
# Mounts a tmpfs of 20 MB at $LINKBOOK_TEST_SMALL_FS (default /mnt/linkbook-small-fs), writable by every
# user. Safe to run again: an existing mount is left as it is. The tests skip (outside CI) when it is not
# mounted, and fail under CI, where this script runs.
set -euo pipefail

MOUNT_POINT="${LINKBOOK_TEST_SMALL_FS:-/mnt/linkbook-small-fs}"

if mountpoint -q "$MOUNT_POINT"; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "small_filesystem.sh: not root, so no 20 MB filesystem; the disk-full tests will skip" >&2
    exit 0
fi
mkdir -p "$MOUNT_POINT"
mount -t tmpfs -o size=20m,mode=1777 linkbook-small-fs "$MOUNT_POINT"
echo "small_filesystem.sh: 20 MB filesystem mounted at $MOUNT_POINT" >&2
