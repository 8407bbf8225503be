#!/usr/bin/env bash
# Replays the same 30-step flow with Argus's SpecRunner and with hand-written Playwright-java calls,
# alternating, and prints ms per step and the ratio with screenshots off and on.
# Usage: bench/replay/run.sh [rounds]   (default 10)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
cd "$root"
source bench/lib.sh
# One reactor call: the engine's tests need the demo module, which resolves to demo/target there.
mvn_quiet -pl engine -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.com.argus.engine.bench=info \
  -cp "engine/target/test-classes:engine/target/classes:$(cat engine/target/bench.cp)" \
  com.argus.engine.bench.ReplayBenchmark "${1:-10}"
