#!/usr/bin/env bash
# Packaging tests (tests/test_package.py): build the bundle and the .deb, unpack it with dpkg -x, run the
# installed `linkbook --smoke` offscreen and under Xvfb.
#
# Installs what is missing: Debian's Xvfb (xvfb, xauth), dpkg-dev, and the system libraries the bundle
# leaves to the system (installer/linkbook.spec): the X11/XCB libraries Qt's xcb platform plugin loads
# (libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 and the rest QT_DEBUG_PLUGINS=1 names),
# Wayland, EGL/OpenGL, fontconfig, GLib, D-Bus and CUPS. These are the .deb's Depends; the test checks
# that every one of them is installed. Quick when nothing is missing.
set -euo pipefail

if ! command -v apt-get >/dev/null 2>&1; then
    echo "packaging set-up: not Debian/Ubuntu; install Xvfb, xauth and Qt's xcb libraries yourself." >&2
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    SUDO="sudo -n"
else
    SUDO=""
fi

PACKAGES=(
    xvfb xauth dpkg-dev binutils fontconfig fonts-dejavu-core
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1
    libxcb1 libx11-6 libx11-xcb1 libxcb-image0 libxcb-render-util0 libxcb-render0 libxcb-randr0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-util1 libxcb-glx0
    libxkbcommon0 libxrender1 libxext6 libsm6 libice6
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    libegl1 libgl1 libopengl0 libglx0
    libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libcups2
    libpulse0
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "packaging set-up: installing ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
