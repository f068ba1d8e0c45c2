#!/usr/bin/env bash
# Scores the `quotes` stage on the hand-annotated dev set with the shared scorer.
#
# usage: scripts/eval-quotes.sh [SCRATCH_PATH]
# Runs `sanad run arabic-news` (release build) on every article of Tests/SanadStagesTests/Fixtures/quotes-dev and
# prints the output of ../shared/eval/quote_score.py over all of them (micro totals), then the per-article lines.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${1:-.build}"
scorer="${QUOTE_SCORER:-../shared/eval/quote_score.py}"
[ -f "$scorer" ] || scorer=/work/shared/eval/quote_score.py
swift build -c release --scratch-path "$scratch" --product sanad >/dev/null
sanad="$scratch/release/sanad"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
pairs=()
for text in Tests/SanadStagesTests/Fixtures/quotes-dev/*.txt; do
    name="$(basename "$text" .txt)"
    "$sanad" run arabic-news "$text" --log-level error > "$out/$name.json"
    pairs+=("${text%.txt}.gold.json" "$out/$name.json")
done
python3 "$scorer" "${pairs[@]}"
echo
for ((i = 0; i < ${#pairs[@]}; i += 2)); do
    printf '%s: ' "$(basename "${pairs[i]}" .gold.json)"
    python3 "$scorer" "${pairs[i]}" "${pairs[i+1]}" | tail -1
done
