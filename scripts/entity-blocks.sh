#!/usr/bin/env bash
# How the entity tagger holds up away from the one dev split: holds out other 10% blocks of ANERcorp's train file
# (scripts/anercorp_splits.py: 428 sentences starting at sentence 0, 856, 1712, 2568 and 3424), trains on the rest
# of the file with `sanad train entities` and scores the block with `sanad eval entities`; then the documented dev
# split (the last 10%, trained on the first 90%). Prints each block's micro-F1 and the mean of all six. About a
# minute (release).
#
# usage: scripts/entity-blocks.sh [ANERCORP_TRAIN]   (default ../shared/data/ar/anercorp-train.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${SANAD_SHARED:-../shared}/data/ar/anercorp-train.txt}
swift build -c release --product sanad >/dev/null
bin=$(swift build -c release --show-bin-path)/sanad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/anercorp_splits.py "$data" "$work"
scores=()
for block in 0 856 1712 2568 3424 dev; do
  "$bin" train entities --data "$work/train$block.conll" --out "$work/m$block.sanadner" >/dev/null
  f1=$("$bin" eval entities --gold "$work/dev$block.conll" --model "$work/m$block.sanadner" | awk '/^micro-F1/ {print $2}')
  echo "block $block: micro-F1 $f1"
  scores+=("$f1")
done
python3 -c "import sys; v=[float(x) for x in sys.argv[1:]]; print(f'mean of {len(v)} blocks: {sum(v)/len(v):.3f}')" "${scores[@]}"
