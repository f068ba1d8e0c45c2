#!/usr/bin/env bash
# The per-document cost of the external-stage protocol: the same pipeline with and without an `external` stage whose
# plugin (Python, standard library) parses each request and answers at once, over N small documents, release build.
#
# usage: scripts/external-overhead.sh [N]      (default 10000 documents; SCRATCH=.build-x picks the build folder)
#
# Two pairs: `normalize` alone vs. normalize + echo plugin requiring nothing (the document's text and id travel),
# and normalize + segment vs. the same + echo plugin requiring `tokens` (the token layer travels too). Each figure
# comes from the fastest of five runs, JSONL in, JSONL out to /dev/null. Wall time is what a user waits (one document
# in flight at a time, so each pays a round trip through the pipes); CPU time is what the machine spends, and is
# less disturbed by other load.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
scratch=${SCRATCH:-.build}
swift build -c release --scratch-path "$scratch" --product sanad >/dev/null
sanad=$scratch/release/sanad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/echo_plugin.py" <<'PY'
import json, os, sys
requires = [name for name in os.environ.get("ECHO_REQUIRES", "").split(",") if name]
print(json.dumps({"protocol": "sanad.external/1", "name": "echo", "version": "1",
                  "requires": requires, "produces": ["echo"]}), flush=True)
sys.stdin.readline()
print('{"ready": true}', flush=True)
for line in sys.stdin:
    request = json.loads(line)
    sys.stdout.write('{"id": %d, "layers": {"echo": %d}}\n' % (request["id"], len(request["document"]["text"])))
    sys.stdout.flush()
PY
pipeline() { # NAME STAGES...
  local name=$1
  shift
  { printf 'name: %s\nlanguage: ar\nstages:\n' "$name"; printf '%s\n' "$@"; } >"$work/$name.yaml"
}
echo_stage() { # REQUIRES
  printf '  - use: external\n    with: {command: [python3, echo_plugin.py], requires: [%s], produces: [echo], env: {ECHO_REQUIRES: "%s"}}' "$1" "$1"
}
pipeline base '  - use: normalize'
pipeline echo '  - use: normalize' "$(echo_stage '')"
pipeline tokens '  - use: normalize' '  - use: segment'
pipeline echo-tokens '  - use: normalize' '  - use: segment' "$(echo_stage tokens)"

sentence='قال وزير الخارجية إن المحادثات مع نظيره الفرنسي تناولت الأوضاع في المنطقة وسبل دعم الاستقرار.'
python3 -c "
import json, sys
for i in range($count):
    print(json.dumps({'id': i, 'text': sys.argv[1]}, ensure_ascii=False))
" "$sentence" >"$work/corpus.jsonl"

best() { # PIPELINE -> "wall cpu" in seconds, the run with the least wall time of five (cpu: user + system of sanad
  # and of the plugin it reaps)
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$sanad" run "$work/$1.yaml" "$work/corpus.jsonl" --allow-external \
      --input-format jsonl --format jsonl --output /dev/null --log-file /dev/null
    awk '{print $1, $2 + $3}' "$work/time"
  done | sort -n | head -1
}
report() { # WITHOUT WITH LABEL
  python3 -c "
import sys
(wall0, cpu0), (wall1, cpu1) = (map(float, pair.split()) for pair in sys.argv[1:3])
n = int(sys.argv[3])
print(f'{sys.argv[4]}: {wall0:.2f} s without, {wall1:.2f} s with the plugin: {(wall1 - wall0) / n * 1e6:.0f} µs per '
      f'document of wall time, {(cpu1 - cpu0) / n * 1e6:.0f} µs of CPU time')
" "$(best "$1")" "$(best "$2")" "$count" "$3"
}
echo "$count documents of ${#sentence} code points, $(nproc) cores"
report base echo "requires nothing"
report tokens echo-tokens "requires tokens"
