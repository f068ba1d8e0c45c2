#!/usr/bin/env bash
# One 50 MB document through `sanad run arabic-normalize` (release build): checks it completes, the output parses,
# and the last sentence ends where the text does. Prints time and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sanad >/dev/null
bin=$(swift build -c release --show-bin-path)/sanad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/large.txt" <<'PY'
import sys
article = open("Examples/arabic-news-article.txt", encoding="utf-8").read()
n = 50_000_000 // len(article.encode()) + 1
open(sys.argv[1], "w", encoding="utf-8").write((article + "\n") * n)
PY
/usr/bin/time -f "%e s, peak RSS %M KB" "$bin" run arabic-normalize "$work/large.txt" --output "$work/out.json" --log-file /dev/null
python3 - "$work/large.txt" "$work/out.json" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
doc = json.load(open(sys.argv[2], encoding="utf-8"))
assert doc["text"] == text, "text differs"
last = doc["sentences"][-1]
assert text[last["start"]:last["end"]].endswith("عاجلة."), "last sentence is wrong"
print(f"ok: {len(text.encode()) / 1e6:.1f} MB, {len(doc['tokens']):,} tokens, {len(doc['sentences']):,} sentences")
PY
