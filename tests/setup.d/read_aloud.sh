#!/usr/bin/env bash
# Read aloud (tests/test_ui_read_aloud.py): QtMultimedia's libQt6Multimedia links libpulse, so Debian's
# libpulse0 must be installed for PySide6.QtMultimedia to import at all (no sound server is needed: with
# none running, the app says there is no speaker, which is what the tests show). eSpeak NG itself comes in
# the espeakng-loader wheel and needs nothing from the system.
set -euo pipefail

if ! command -v apt-get >/dev/null 2>&1; then
    echo "read-aloud set-up: not Debian/Ubuntu; install the PulseAudio client library (libpulse) yourself." >&2
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    SUDO="sudo -n"
else
    SUDO=""
fi

PACKAGES=(libpulse0)

missing=()
for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "read-aloud set-up: installing ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
