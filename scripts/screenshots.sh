#!/usr/bin/env bash
# Renders every workbench screen with the sample project to docs/screenshots/*.png
# (light theme; ARGUS_DARK=1 for the dark one, in docs/screenshots/dark). Uses headless Monocle, so it needs no display;
# under Xvfb it works the same.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
out="$here/docs/screenshots"
mkdir -p "$out"
cd "$here"
dark=false
case "${ARGUS_DARK:-}" in 1|true|yes) dark=true; out="$out/dark" ;; esac
./mvnw -B -q -o -pl app -am test -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dargus.screenshots="$here/docs/screenshots" -Dargus.screenshots.dark="$dark"
ls -1 "$out"/*.png
