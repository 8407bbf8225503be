#!/usr/bin/env bash
# Recorder overhead benchmark: the time the injected capture script adds to an input event in the
# page (median and p99), with and without the recorder, in one run. Usage: bench/recorder/run.sh [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# In the reactor, argus-engine and argus-demo resolve to their target folders.
source bench/lib.sh
mvn_quiet -pl recorder -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
cp="$root/recorder/target/classes:$(cat recorder/target/bench-cp.txt)"
out="$root/recorder/target/bench"
mkdir -p "$out"
javac -d "$out" -cp "$cp" bench/recorder/RecorderBench.java
java -cp "$out:$cp" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn RecorderBench "${1:-500}"
