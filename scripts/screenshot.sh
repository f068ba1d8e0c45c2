#!/usr/bin/env bash
# Makes docs/images/article.png, the README's screenshot of `--format html`.
#
# usage: scripts/screenshot.sh [swift test options, e.g. --scratch-path .build-me]
#
# The picture is the one the browser test takes (BrowserRenderingTests, "theExampleArticleFromSanadRun…"): the output
# of `sanad run arabic-news Examples/arabic-news-article.txt --format html`, every layer from the real stages, shot by
# headless Chromium at 1280×1900 after the test has checked it. SANAD_SCREENSHOT tells the test where to copy its PNG.
# Needs chromium (apt-get install chromium); the committed picture was made with the Amiri font installed
# (apt-get install fonts-hosny-amiri), which the page prefers for Arabic; without it Chromium falls back to DejaVu Sans.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "screenshot.sh: needs chromium (apt-get install chromium)" >&2; exit 1; }
mkdir -p docs/images
rm -f docs/images/article.png
SANAD_SCREENSHOT="$PWD/docs/images/article.png" \
  swift test "$@" --filter 'BrowserRenderingTests/theExampleArticleFromSanadRunRendersRightToLeftInTheBrowser'
[ -f docs/images/article.png ] || { echo "screenshot.sh: the test saved no picture" >&2; exit 1; }
echo "wrote docs/images/article.png"
