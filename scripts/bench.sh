#!/usr/bin/env bash
# Speed and memory of pipelines on the benchmark corpus (release build), one core and all cores, next to the peers.
#
# usage: scripts/bench.sh [PIPELINE...] [--peers] [--mb N] [--runs N]
#   PIPELINE  named pipelines to time (default: arabic-normalize arabic-news)
#   --peers   also run ../shared/bench/peers.sh (spaCy, pyarabic) on the same corpus, in the same session
#   --mb N    corpus size in MB (default 20)
#   --runs N  runs of each pipeline and job count (default 5); every figure is the median over them, as the peers'
#             timings are the median of their 5 runs
#
# The corpus comes from ../shared/bench/make_corpus.py (SaudiNewsNet articles, research-only: it stays in the temp
# folder and is never committed). For each pipeline and job count it prints, from the run's own `run.summary`
# event, each stage's MB/s and tokens/s (time inside the stage), all the stages together, the stages plus decoding
# the input, then the whole command end to end (reading JSONL, processing, writing JSONL with every token) and its
# peak RSS. "1 job" is pinned to one core with taskset.
set -euo pipefail
cd "$(dirname "$0")/.."
pipelines=()
peers=no
mb=20
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --peers) peers=yes ;;
    --mb) mb=$2; shift ;;
    --runs) runs=$2; shift ;;
    *) pipelines+=("$1") ;;
  esac
  shift
done
[ ${#pipelines[@]} -gt 0 ] || pipelines=(arabic-normalize arabic-news)
if ! [ "$runs" -ge 1 ] 2>/dev/null; then
  echo "bench.sh: --runs wants a whole number of at least 1, not '$runs'" >&2
  exit 2
fi
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
    : >"$work/runs"
    for _ in $(seq "$runs"); do
      start=$(date +%s.%N)
      /usr/bin/time -f "%M" -o "$work/rss" "${pin[@]}" "$bin" run "$pipeline" "$corpus.jsonl" \
        --input-format jsonl --format jsonl --output /dev/null --log-file "$work/log" --jobs "$jobs"
      end=$(date +%s.%N)
      python3 - "$work/log" "$start" "$end" "$(cat "$work/rss")" >>"$work/runs" <<'PY'
import json, sys
log, start, end, rss = sys.argv[1:5]
events = [json.loads(l) for l in open(log)]
summary = [e for e in events if e["event"] == "run.summary"][-1]
loaded = [e for e in events if e["event"] == "pipeline.loaded"][-1]
seconds = float(end) - float(start)
print(json.dumps({"summary": summary, "loaded_ms": loaded["ms"], "seconds": seconds, "rss_kb": int(rss)}))
PY
    done
    python3 - "$work/runs" "$corpus.jsonl" "$pipeline" "$jobs" <<'PY'
import json, statistics, sys
path, corpus, pipeline, jobs = sys.argv[1:5]
runs = [json.loads(l) for l in open(path)]
mb = sum(len(json.loads(l)["text"].encode()) for l in open(corpus)) / 1e6
median = statistics.median
first = runs[0]["summary"]
print(f"{pipeline}, {jobs} job(s): {first['documents']} documents, {mb:.1f} MB; median of {len(runs)} runs; "
      f"pipeline loaded in {median(r['loaded_ms'] for r in runs):.0f} ms")
def stage_ms(run, name):
    return next(s["ms"] for s in run["summary"]["stages"] if s["stage"] == name)
tokens = max((s["tokens_per_s"] * s["ms"] / 1000 for s in first["stages"]), default=0)
inside = median(sum(s["ms"] for s in r["summary"]["stages"]) for r in runs) / 1000
for s in first["stages"]:
    ms = median(stage_ms(r, s["stage"]) for r in runs)
    stage_seconds = ms / 1000
    print(f"  {s['stage']:<16} {mb / stage_seconds:>8.2f} MB/s  {tokens / stage_seconds:>12,.0f} tokens/s  "
          f"{stage_seconds / inside * 100:5.1f}% of stage time")
# Time inside the stages, added up over the jobs: what the peers' in-process timings (text already in memory, no
# output written) compare with. Adding the time spent decoding the JSONL lines into documents counts everything
# the peers' timing holds (they start from text already decoded); rendering the output has no peer counterpart.
with_reading = median(sum(s["ms"] for s in r["summary"]["stages"]) + r["summary"]["reading_ms"] for r in runs) / 1000
rendering = median(r["summary"]["rendering_ms"] for r in runs) / 1000
seconds = median(r["seconds"] for r in runs)
def line(label, seconds, note):
    print(f"  {label:<16} {mb / seconds:>8.2f} MB/s  {tokens / seconds:>12,.0f} tokens/s  {note}")
line("all stages", inside, "(MB over the time spent inside the stages, all jobs added up)")
line("stages + reading", with_reading, f"(and decoding the input; rendering the output took {rendering:.2f} s more)")
line("end to end", seconds, f"peak RSS {max(r['rss_kb'] for r in runs) / 1024:.0f} MB")
PY
  done
done
if [ "$peers" = yes ]; then
  bash "$shared/bench/peers.sh" "$corpus.txt"
fi
