#!/usr/bin/env bash
# Printing tests: poppler-utils (pdftoppm), qpdf, and a real CUPS queue "LinkbookPDF" that writes PDFs
# (cups-pdf). Idempotent: installs only what is missing, starts cupsd only if it is not running, adds
# the queue only if it is not there. Needs root on Debian; elsewhere it says what it skipped.
set -euo pipefail

QUEUE=LinkbookPDF
PPD=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd

if ! command -v apt-get >/dev/null 2>&1; then
    echo "printing set-up: not Debian/Ubuntu; install poppler-utils, qpdf, cups and cups-pdf yourself." >&2
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    SUDO="sudo -n"
else
    SUDO=""
fi

missing=()
for pkg in poppler-utils qpdf cups printer-driver-cups-pdf; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "printing set-up: installing ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! lpstat -r >/dev/null 2>&1 || ! lpstat -r 2>/dev/null | grep -q "is running"; then
    # No init system in containers: start the daemon directly (it forks into the background).
    $SUDO cupsd
    for _ in $(seq 1 50); do
        lpstat -r 2>/dev/null | grep -q "is running" && break
        sleep 0.1
    done
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    $SUDO lpadmin -p "$QUEUE" -E -v cups-pdf:/ -P "$PPD"
    $SUDO cupsenable "$QUEUE" 2>/dev/null || true
    $SUDO cupsaccept "$QUEUE" 2>/dev/null || true
fi
