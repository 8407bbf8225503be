#!/usr/bin/env bash
# Relocation benchmark: scores bench/healing/data/cases.jsonl.gz with the engine's relocator and
# the classic baselines, measures latency, and writes the "Healing" section of BENCHMARKS.md.
#   bench/healing/run.sh            score the checked-in dataset (no browser needed)
#   bench/healing/run.sh --generate regenerate the datasets first (needs Chromium; seeded, reproducible;
#                                   also recaptures the demo app v1 -> v2 pairs)
# Builds only this tree (test-compile, no install): nothing is written to ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
cd "$root"
source bench/lib.sh
mvn_quiet -pl engine test-compile
cp_file="$(mktemp)"
mvn_quiet -pl engine dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
cp="engine/target/classes:engine/target/test-classes:$(cat "$cp_file")"
rm -f "$cp_file"
if [[ "${1:-}" == "--generate" ]]; then
  java -cp "$cp" com.argus.engine.locate.bench.HealingBenchGenerator bench/healing 20240611 2
  java -cp "$cp" com.argus.engine.locate.bench.DemoPairGenerator bench/healing
fi
out="$(mktemp)"
java -cp "$cp" com.argus.engine.locate.bench.HealingBenchmark bench/healing "$out"
python3 - "$out" <<'PY'
import sys, subprocess, datetime, re, pathlib
fig = open(sys.argv[1]).read()
cpu = next((l.split(':',1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), 'unknown')
nproc = subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()
java = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]
section = f"""## Healing

Relocation of changed elements (docs/healing.md). Command: `bench/healing/run.sh`
(`--generate` rebuilds the dataset with Chromium). Machine: {nproc} cores, {cpu}; {java}.
Date: {datetime.date.today().isoformat()}.

{fig}
Anchors from the literature (other benchmarks, not comparable one to one): Similo 88–90% top-1
on 40 real sites, its multi-locator baseline ~75%; VON Similo 94.7%; HybridSimilo 98.8%.
Goals: top-1 >= 97%, auto precision >= 99.5%, < 20 ms at 2,000 candidates.
Before issue 5's accuracy work (main at 9ec89cd, on the dataset of that time): held-out top-1 89.2%
(297/333), held-out auto precision 96.13% (149/155, 6 wrong heals), 11.66 ms at 2,000 candidates.
Session 2 (a5cef11, its dataset captured by the bench's own script): held-out top-1 90.4%, auto
precision 98.21%. The dataset is now captured with the engine's argus-dom.js (docs/healing.md,
"Where issue 5 stands"). Latency is
measured on a shared machine; when it is loaded, compare against the old code measured at the
same time (docs/healing.md) rather than against an older table.
"""
p = pathlib.Path('BENCHMARKS.md')
text = p.read_text() if p.exists() else "# Benchmarks\n\n"
if '## Healing' in text:
    text = re.sub(r'## Healing\n.*?(?=\n## |\Z)', section.rstrip('\n') + '\n', text, flags=re.S)
else:
    text = text.rstrip('\n') + '\n\n' + section
p.write_text(text)
print("BENCHMARKS.md updated")
PY
rm -f "$out"
