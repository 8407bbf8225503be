#!/usr/bin/env bash
# Renders every workbench screen with the sample project to docs/screenshots/*.png
# (light theme; ARGUS_DARK=1 for the dark one). Uses headless Monocle, so it needs no display;
# under Xvfb it works the same.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
out="$here/docs/screenshots"
mkdir -p "$out"
cd "$here"
./mvnw -B -q -o -pl app -am test -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dargus.screenshots="$out" -Dargus.screenshots.dark="${ARGUS_DARK:-false}"
ls -1 "$out"/*.png
