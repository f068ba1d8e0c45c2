#!/usr/bin/env bash
# Throughput of a pipeline's stages on the benchmark corpus, one core, release build, next to the peers' figures.
#
# usage: scripts/bench.sh [PIPELINE] [--peers]
#   PIPELINE  a named pipeline (default: arabic-normalize)
#   --peers   also run ../shared/bench/peers.sh (spaCy, pyarabic) on the same corpus, in the same session
#
# The corpus is built by ../shared/bench/make_corpus.py (20 MB of SaudiNewsNet articles, research-only: it stays in
# the temp folder and is never committed). Stage figures come from the run's own `run.summary` event: MB/s is UTF-8
# bytes of text per second of time spent inside the stages; "end to end" adds reading, JSON output and start-up.
set -euo pipefail
cd "$(dirname "$0")/.."
pipeline=arabic-normalize
peers=no
for arg in "$@"; do
  case "$arg" in
    --peers) peers=yes ;;
    *) pipeline=$arg ;;
  esac
done
shared=${SANAD_SHARED:-../shared}
tmp=$(python3 -c "import tempfile; print(tempfile.gettempdir())")
corpus=$tmp/sanad-bench/corpus_ar
[ -f "$corpus.jsonl" ] || python3 "$shared/bench/make_corpus.py" --out "$corpus"

swift build -c release --product sanad >/dev/null
bin=$(swift build -c release --show-bin-path)/sanad
log=$(mktemp)
start=$(date +%s.%N)
taskset -c 1 "$bin" run "$pipeline" "$corpus.jsonl" --input-format jsonl --format jsonl --output /dev/null --log-file "$log"
end=$(date +%s.%N)
python3 - "$log" "$corpus.jsonl" "$start" "$end" <<'PY'
import json, os, sys
log, corpus, start, end = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
summary = [json.loads(l) for l in open(log) if '"run.summary"' in l][-1]
mb = sum(len(json.loads(l)["text"].encode()) for l in open(corpus)) / 1e6
total_ms = sum(s["ms"] for s in summary["stages"])
print(f"corpus: {summary['documents']} documents, {mb:.1f} MB of text; pipeline {summary['pipeline'] if 'pipeline' in summary else ''}")
for s in summary["stages"]:
    print(f"  {s['stage']:<12} {s['mb_per_s']:>8.2f} MB/s  {s['tokens_per_s']:>12,} tokens/s  {s['ms']:>10.0f} ms")
print(f"  {'all stages':<12} {mb / (total_ms / 1000):>8.2f} MB/s")
print(f"  {'end to end':<12} {mb / (end - start):>8.2f} MB/s  (read + process + write JSONL)")
PY
rm -f "$log"
if [ "$peers" = yes ]; then
  bash "$shared/bench/peers.sh" "$corpus.txt"
fi
