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
cp_file="$(mktemp)"
# One reactor call: the engine's tests need the demo module, which resolves to demo/target there
# (the engine is built last, so its class path is the one left in the file).
mvn_quiet -pl engine -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
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
History (each on the dataset of its time; docs/healing.md, "Where issue 5 stands"): before issue
5's accuracy work (9ec89cd) held-out top-1 89.2%, auto precision 96.13%; session 2 (a5cef11)
90.4%, 98.21%; session 3 (2971330, 6 pages, engine-captured) 95.5%, 100%. Session 4 added three
pages in markup the tuning had not seen and made releases change templates in every instance
alike; session 3's relocator scores 94.9% held-out top-1 (100% precision) on this dataset, so
the scorer changes of session 4 account for +2.6 points of the 97.5%. Latency is measured on
a shared machine; when it is loaded, compare against the old code measured at the same time
(docs/healing.md) rather than against an older table.
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
