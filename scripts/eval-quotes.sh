#!/usr/bin/env bash
# Scores the `quotes` stage on the hand-annotated articles with the shared scorer.
#
# usage: scripts/eval-quotes.sh [SCRATCH_PATH] [FIXTURE_FOLDER...]
# Builds `sanad` (release) in SCRATCH_PATH (default .build), runs `sanad run arabic-news` on every article of each
# folder (default: Tests/SanadStagesTests/Fixtures/quotes-dev and quotes-extra) and prints, per folder, the output of
# ../shared/eval/quote_score.py over all its articles (micro totals) and then each article's attributed-F1.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${1:-.build}"
shift || true
folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
    folders=(Tests/SanadStagesTests/Fixtures/quotes-dev Tests/SanadStagesTests/Fixtures/quotes-extra)
fi
scorer="${QUOTE_SCORER:-../shared/eval/quote_score.py}"
[ -f "$scorer" ] || scorer=/work/shared/eval/quote_score.py
swift build -c release --scratch-path "$scratch" --product sanad >/dev/null
sanad="$scratch/release/sanad"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for folder in "${folders[@]}"; do
    pairs=()
    for text in "$folder"/*.txt; do
        name="$(basename "$text" .txt)"
        "$sanad" run arabic-news "$text" --log-level error > "$out/$name.json"
        pairs+=("${text%.txt}.gold.json" "$out/$name.json")
    done
    echo "== $folder ($(( ${#pairs[@]} / 2 )) articles)"
    python3 "$scorer" "${pairs[@]}"
    for ((i = 0; i < ${#pairs[@]}; i += 2)); do
        printf '  %s: ' "$(basename "${pairs[i]}" .gold.json)"
        python3 "$scorer" "${pairs[i]}" "${pairs[i+1]}" | tail -1
    done
    echo
done
