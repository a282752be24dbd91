#!/usr/bin/env bash
# Makes sure the browser tests have what they need: Debian's Chromium and its driver. Run by the
# build before the integration tests (./mvnw verify), so a fresh machine needs nothing by hand.
# Installs with apt-get when missing (as root, or through sudo without a password); otherwise says
# exactly what to install and fails, rather than letting every browser test fail one by one.
set -euo pipefail

chromium="${ONUS_CHROMIUM:-/usr/bin/chromium}"
driver="${ONUS_CHROMEDRIVER:-/usr/bin/chromedriver}"
if [ -x "$chromium" ] && [ -x "$driver" ]; then
    exit 0
fi

echo "Chromium or ChromeDriver is missing; installing Debian's chromium and chromium-driver for the browser tests..."
if [ "$(id -u)" = 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "Cannot install them without root. Run: sudo apt-get install -y chromium chromium-driver" >&2
    echo "(or point -Donus.chromium and -Donus.chromedriver at a Chromium and its driver)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "No apt-get here: install Chromium and ChromeDriver with this system's package manager," >&2
    echo "then point -Donus.chromium and -Donus.chromedriver at them." >&2
    exit 1
fi
"${as_root[@]}" apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
"$chromium" --version || true
