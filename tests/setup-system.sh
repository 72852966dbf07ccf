#!/usr/bin/env bash
# Installs and starts what the test suite needs from the system (Debian packages, services).
# Each feature keeps its own part in tests/setup.d/*.sh; each part is safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
for part in setup.d/*.sh; do
    [ -e "$part" ] || continue
    bash "$part"
done
