#!/usr/bin/env bash
# Speed and memory of pipelines on the benchmark corpus (release build), one core and all cores, next to the peers.
#
# usage: scripts/bench.sh [PIPELINE...] [--peers] [--mb N]
#   PIPELINE  named pipelines to time (default: arabic-normalize arabic-news)
#   --peers   also run ../shared/bench/peers.sh (spaCy, pyarabic) on the same corpus, in the same session
#   --mb N    corpus size in MB (default 20)
#
# The corpus comes from ../shared/bench/make_corpus.py (SaudiNewsNet articles, research-only: it stays in the temp
# folder and is never committed). For each pipeline and job count it prints, from the run's own `run.summary`
# event, each stage's MB/s and tokens/s (time inside the stage), then the whole command end to end (reading JSONL,
# processing, writing JSONL with every token) and its peak RSS. "1 job" is pinned to one core with taskset.
set -euo pipefail
cd "$(dirname "$0")/.."
pipelines=()
peers=no
mb=20
while [ $# -gt 0 ]; do
  case "$1" in
    --peers) peers=yes ;;
    --mb) mb=$2; shift ;;
    *) pipelines+=("$1") ;;
  esac
  shift
done
[ ${#pipelines[@]} -gt 0 ] || pipelines=(arabic-normalize arabic-news)
shared=${SANAD_SHARED:-../shared}
tmp=$(python3 -c "import tempfile; print(tempfile.gettempdir())")
corpus=$tmp/sanad-bench/corpus_ar
[ "$mb" = 20 ] || corpus=${corpus}_$mb
[ -f "$corpus.jsonl" ] || python3 "$shared/bench/make_corpus.py" --mb "$mb" --out "$corpus"

swift build -c release --product sanad >/dev/null
bin=$(swift build -c release --show-bin-path)/sanad
cores=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for pipeline in "${pipelines[@]}"; do
  for jobs in 1 "$cores"; do
    pin=()
    [ "$jobs" = 1 ] && pin=(taskset -c 1)
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/rss" "${pin[@]}" "$bin" run "$pipeline" "$corpus.jsonl" \
      --input-format jsonl --format jsonl --output /dev/null --log-file "$work/log" --jobs "$jobs"
    end=$(date +%s.%N)
    python3 - "$work/log" "$corpus.jsonl" "$start" "$end" "$(cat "$work/rss")" "$pipeline" "$jobs" <<'PY'
import json, sys
log, corpus, start, end, rss, pipeline, jobs = sys.argv[1:8]
summary = [json.loads(l) for l in open(log) if '"run.summary"' in l][-1]
loaded = [json.loads(l) for l in open(log) if '"pipeline.loaded"' in l][-1]
mb = sum(len(json.loads(l)["text"].encode()) for l in open(corpus)) / 1e6
seconds = float(end) - float(start)
tokens = max((s["tokens_per_s"] * s["ms"] / 1000 for s in summary["stages"]), default=0)
print(f"{pipeline}, {jobs} job(s): {summary['documents']} documents, {mb:.1f} MB; pipeline loaded in {loaded['ms']:.0f} ms")
for s in summary["stages"]:
    print(f"  {s['stage']:<12} {s['mb_per_s']:>8.2f} MB/s  {s['tokens_per_s']:>12,} tokens/s  {s['share'] * 100:5.1f}% of stage time")
# Time inside the stages, added up over the jobs: what the peers' in-process timings (text already in memory, no
# output written) compare with.
inside = sum(s["ms"] for s in summary["stages"]) / 1000
print(f"  {'all stages':<12} {mb / inside:>8.2f} MB/s  {tokens / inside:>12,.0f} tokens/s  (MB over the time spent inside the stages, all jobs added up)")
print(f"  {'end to end':<12} {mb / seconds:>8.2f} MB/s  {tokens / seconds:>12,.0f} tokens/s  peak RSS {int(rss) / 1024:.0f} MB")
PY
  done
done
if [ "$peers" = yes ]; then
  bash "$shared/bench/peers.sh" "$corpus.txt"
fi
