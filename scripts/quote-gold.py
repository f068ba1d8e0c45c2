#!/usr/bin/env python3
"""Turns a hand annotation of an article's quotes into a gold file for ../shared/eval/quote_score.py.

usage: quote-gold.py ARTICLE.txt ANNOTATION > ARTICLE.gold.json

Writing code point offsets by hand is error-prone, so an annotation names each quote's content by its words
(rules: docs/quote-annotation.md). One quote a line:

    LINE | CUE | SPEAKER | FIRST WORDS | LAST WORDS | optional

LINE is the 1-based line of ARTICLE.txt; the content starts at FIRST WORDS, which must occur exactly once in that
line (lengthen them until they do, or add `#N` to take occurrence N), and ends after the first LAST WORDS that
follows (empty LAST WORDS: the content is FIRST WORDS). The last field is `optional` or empty. Aliases:

    @ SPEAKER = ALIAS; ALIAS

Lines starting with `#` are comments. Every quote's text is printed to stderr for checking.
"""
import json, re, sys


def fail(message):
    sys.exit(f"error: {message}")


def find_start(line_text, words, where):
    occurrence = 1
    match = re.fullmatch(r"(.*?)#(\d+)", words)
    if match:
        words, occurrence = match.group(1), int(match.group(2))
    positions = [m.start() for m in re.finditer(re.escape(words), line_text)]
    if not positions:
        fail(f"{where}: '{words}' is not in the line")
    if not match and len(positions) > 1:
        fail(f"{where}: '{words}' occurs {len(positions)} times in the line; lengthen it or add #N")
    if occurrence > len(positions):
        fail(f"{where}: '{words}' occurs only {len(positions)} times")
    return positions[occurrence - 1], len(words)


def main():
    if len(sys.argv) != 3:
        fail("usage: quote-gold.py ARTICLE.txt ANNOTATION")
    text = open(sys.argv[1], encoding="utf-8").read()
    lines = text.split("\n")
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line) + 1)
    quotes, aliases = [], {}
    for number, raw in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        where = f"{sys.argv[2]}:{number}"
        if raw.startswith("@"):
            speaker, _, names = raw[1:].partition("=")
            aliases.setdefault(speaker.strip(), []).extend(n.strip() for n in names.split(";") if n.strip())
            continue
        fields = [f.strip() for f in raw.split("|")]
        if len(fields) != 6 or fields[5] not in ("", "optional"):
            fail(f"{where}: expected LINE | CUE | SPEAKER | FIRST | LAST | optional-or-empty")
        line, cue, speaker, first, last, optional = fields
        line = int(line)
        line_text = lines[line - 1]
        start, length = find_start(line_text, first, where)
        if last:
            end_at = line_text.find(last, start)
            if end_at < 0:
                fail(f"{where}: '{last}' does not follow the start")
            end = end_at + len(last)
        else:
            end = start + length
        content = line_text[start:end]
        if content != content.strip() or content[-1] in ".,،":
            fail(f"{where}: content has surrounding spaces or final punctuation: '{content[-10:]}'")
        offset = line_starts[line - 1]
        quotes.append({"line": line, "cue": cue, "speaker": speaker, "start": offset + start, "end": offset + end,
                       "text": content, "optional": optional == "optional"})
        print(f"{line:>3} {cue} | {speaker}{' (optional)' if optional else ''}\n    {content}", file=sys.stderr)
    for quote in quotes:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    quotes.sort(key=lambda q: q["start"])
    json.dump({"quotes": quotes, "aliases": aliases}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
