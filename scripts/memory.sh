#!/usr/bin/env bash
# Memory stays flat with corpus size: `sanad run arabic-news` over a 20 MB and a 200 MB JSONL corpus (release build),
# peak RSS of each; fails when the larger run peaks above 1.2× the smaller or above 150 MB.
#
# usage: scripts/memory.sh [PIPELINE]   (default arabic-news)
# The corpora come from ../shared/bench/make_corpus.py (SaudiNewsNet, research-only: temp folder, never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
pipeline=${1:-arabic-news}
shared=${SANAD_SHARED:-../shared}
tmp=$(python3 -c "import tempfile; print(tempfile.gettempdir())")
swift build -c release --product sanad >/dev/null
bin=$(swift build -c release --show-bin-path)/sanad
declare -A rss
for mb in 20 200; do
  corpus=$tmp/sanad-bench/corpus_ar_$mb
  [ -f "$corpus.jsonl" ] || python3 "$shared/bench/make_corpus.py" --mb "$mb" --out "$corpus" >/dev/null
  rss[$mb]=$(/usr/bin/time -f "%M" "$bin" run "$pipeline" "$corpus.jsonl" --input-format jsonl --format jsonl \
    --output /dev/null --log-file /dev/null 2>&1 >/dev/null | tail -1)
  echo "$pipeline, $mb MB corpus: peak RSS $((rss[$mb] / 1024)) MB"
done
python3 - "${rss[20]}" "${rss[200]}" <<'PY'
import sys
small, large = int(sys.argv[1]), int(sys.argv[2])
ratio = large / small
print(f"200 MB / 20 MB peak RSS: {ratio:.2f}x")
assert ratio <= 1.2, "memory grows with the corpus"
assert large < 150 * 1024, "peak RSS above 150 MB"
print("ok")
PY
