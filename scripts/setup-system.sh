#!/usr/bin/env bash
# Installs the system packages Argus needs (Chromium, ChromeDriver, Xvfb, Node for the export
# check) when they are missing. As root it installs them with apt; otherwise it says, in one
# line, what to install. Safe to run again: it does nothing when all is there.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig fonts-dejavu-core)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Argus needs: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 2
fi
echo "Installing ${missing[*]} (one-time set-up)..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
