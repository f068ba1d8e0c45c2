#!/usr/bin/env python3
"""text-stats: a Sanad external stage in Python (standard library only).

For each document it adds the layer `text_stats`: how many words, numbers and sentences it has, how long they are,
which script its letters are in, its longest sentence, and its most frequent content words, counted without Arabic
proclitics (و ف ب ل ك ال…) so that "والحكومة" and "الحكومة" are the same word. It needs the `tokens` and
`sentences` layers (the `segment` stage makes them).

It speaks the sanad.external/1 protocol (docs/external-stages.md): a handshake line, then a `configure` line and
`{"ready": true}`, then one answer line per request line, until its input ends.
"""
import json
import sys
from collections import Counter

HANDSHAKE = {
    "protocol": "sanad.external/1",
    "name": "text-stats",
    "version": "1.0.0",
    "requires": ["tokens", "sentences"],
    "produces": ["text_stats"],
    "options": {
        "top": {"type": "integer", "default": 10, "doc": "How many of the most frequent words to list."},
        "min_length": {
            "type": "integer", "default": 3,
            "doc": "Fewest letters (without proclitics) a word needs to be listed among the most frequent.",
        },
        "stopwords": {
            "type": "bool", "default": True,
            "doc": "Leave common Arabic and English function words out of the most frequent words.",
        },
    },
}

# Common function words, after folding (see `fold`).
STOPWORDS = set("""
في من على الى عن مع هذا هذه ذلك تلك التي الذي الذين ان او ثم قد لا ما لم لن كان كانت يكون تكون هو هي هم هن نحن انت
كما بين بعد قبل حتي عند منذ خلال حول ضد دون غير كل بعض اي اذا لكن بل ايضا حيث وقد فقد انه انها الا اما امام عليه عليها
فيه فيها منه منها له لها لهم به بها وهو وهي الي
the a an of to in on at by for with from and or but not no is are was were be been being it its this that these those
he she they we you his her their our your as than then so if into over after before about also has have had will would
can could said says
""".split())

DIACRITICS = set(range(0x064B, 0x0653)) | {0x0670}
TATWEEL = 0x0640
ALEF_FORMS = {0x0622: "ا", 0x0623: "ا", 0x0625: "ا", 0x0671: "ا", 0x0649: "ي"}


def fold(word):
    """The form words are counted by: no diacritics or tatweel, one alef, lower case."""
    out = []
    for char in word:
        code = ord(char)
        if code in DIACRITICS or code == TATWEEL:
            continue
        out.append(ALEF_FORMS.get(code, char))
    return "".join(out).lower()


def is_arabic(char):
    code = ord(char)
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF or 0xFB50 <= code <= 0xFEFF


def statistics(document, options):
    """The `text_stats` layer of one document (a dict in the output schema, offsets in code points)."""
    text = document["text"]
    tokens = document["tokens"]
    words = [token for token in tokens if token["kind"] == "word"]
    arabic = latin = 0
    letters_per_word = []
    counts = Counter()
    first = {}
    distinct = set()
    for token in words:
        stem_start = token.get("stem", token["start"])
        stem = text[stem_start:token["end"]]
        letters = [char for char in stem if char.isalpha()]
        letters_per_word.append(len(letters))
        for char in letters:
            if is_arabic(char):
                arabic += 1
            elif ord(char) < 0x0250:
                latin += 1
        key = fold(stem)
        distinct.add(key)
        if len(letters) < options["min_length"] or (options["stopwords"] and key in STOPWORDS):
            continue
        counts[key] += 1
        first.setdefault(key, (stem_start, token["end"]))
    letters = arabic + latin
    sentences = []
    for sentence in document["sentences"]:
        inside = sum(1 for token in words if sentence["start"] <= token["start"] < sentence["end"])
        sentences.append((inside, sentence))
    longest = max(sentences, key=lambda pair: pair[0], default=None)
    top = []
    for word, count in counts.most_common(options["top"]):
        start, end = first[word]
        top.append({"word": word, "count": count, "start": start, "end": end, "text": text[start:end]})
    return {
        "words": len(words),
        "numbers": sum(1 for token in tokens if token["kind"] == "number"),
        "sentences": len(sentences),
        "arabic_letter_share": round(arabic / letters, 3) if letters else 0,
        "latin_letter_share": round(latin / letters, 3) if letters else 0,
        "mean_word_letters": round(sum(letters_per_word) / len(words), 2) if words else 0,
        "mean_sentence_words": round(len(words) / len(sentences), 2) if sentences else 0,
        "longest_sentence": None if longest is None else {
            "start": longest[1]["start"], "end": longest[1]["end"], "words": longest[0]},
        "distinct_word_share": round(len(distinct) / len(words), 3) if words else 0,
        "top_words": top,
    }


def send(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main():
    send(HANDSHAKE)
    options = json.loads(sys.stdin.readline())["configure"]
    if options["top"] < 0 or options["min_length"] < 0:
        send({"error": "`top` and `min_length` must be 0 or more"})
        return
    send({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        try:
            answer = {"id": request["id"], "layers": {"text_stats": statistics(request["document"], options)}}
        except Exception as error:  # one bad document must not end the process
            answer = {"id": request["id"], "error": f"{type(error).__name__}: {error}"}
        send(answer)


if __name__ == "__main__":
    main()
