#!/usr/bin/env bash
# macOS: build Linkbook.app with PyInstaller (installer/linkbook.spec makes the .app bundle with its
# Info.plist on macOS) and put it in a compressed disk image with a link to /Applications.
#
#   bash installer/macos/make_dmg.sh        # from the repository root, on a Mac, with .venv set up
#
# Writes dist/Linkbook.app and dist/linkbook-<version>-macos.dmg. The app is not signed or notarised:
# that needs the school's or publisher's Developer ID (codesign --deep --options runtime, then
# xcrun notarytool submit --wait, then xcrun stapler staple), done after this script.
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PYTHON:-.venv/bin/python}
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    installer/linkbook.spec

APP=dist/Linkbook.app
# linkbook-server is the same executable under another name (installer/entry/linkbook.py).
ln -sf linkbook "$APP/Contents/MacOS/linkbook-server"
"$APP/Contents/MacOS/linkbook" --smoke

STAGE=build/dmg
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Linkbook $VERSION" -srcfolder "$STAGE" -ov -format UDZO \
    "dist/linkbook-$VERSION-macos.dmg"
echo "dist/linkbook-$VERSION-macos.dmg"
