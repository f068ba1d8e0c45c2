"""Tests of the text-stats plugin: its statistics, and the protocol as sanad speaks it.

Run from this folder with `python3 -m unittest test_text_stats`.
"""
import json
import os
import subprocess
import sys
import unittest

from text_stats import HANDSHAKE, fold, statistics

OPTIONS = {"top": 3, "min_length": 3, "stopwords": True}

# "والحكومة قالت إن الحكومة مستعدة." tokenized as `sanad run arabic-news` does.
TEXT = "والحكومة قالت إن الحكومة مستعدة."
DOCUMENT = {
    "id": "t", "text": TEXT,
    "tokens": [
        {"start": 0, "end": 8, "kind": "word", "prefix": 3, "stem": 3},
        {"start": 9, "end": 13, "kind": "word"},
        {"start": 14, "end": 16, "kind": "word"},
        {"start": 17, "end": 24, "kind": "word", "prefix": 2, "stem": 19},
        {"start": 25, "end": 31, "kind": "word"},
        {"start": 31, "end": 32, "kind": "punctuation"},
    ],
    "sentences": [{"start": 0, "end": 32}],
}


class StatisticsTests(unittest.TestCase):
    def test_words_are_counted_without_their_proclitics(self):
        top = statistics(DOCUMENT, OPTIONS)["top_words"]
        self.assertEqual(top[0], {"word": "حكومة", "count": 2, "start": 3, "end": 8, "text": "حكومة"})

    def test_every_span_slices_the_text_it_names(self):
        stats = statistics(DOCUMENT, OPTIONS)
        for word in stats["top_words"]:
            self.assertEqual(TEXT[word["start"]:word["end"]], word["text"])
        longest = stats["longest_sentence"]
        self.assertEqual((longest["start"], longest["end"], longest["words"]), (0, 32, 5))

    def test_function_words_are_left_out_unless_asked(self):
        with_stopwords = statistics(DOCUMENT, dict(OPTIONS, min_length=1, top=10))
        without = statistics(DOCUMENT, dict(OPTIONS, min_length=1, top=10, stopwords=False))
        self.assertNotIn("ان", [word["word"] for word in with_stopwords["top_words"]])
        self.assertIn("ان", [word["word"] for word in without["top_words"]])

    def test_counts_and_shares(self):
        stats = statistics(DOCUMENT, OPTIONS)
        self.assertEqual((stats["words"], stats["sentences"], stats["numbers"]), (5, 1, 0))
        self.assertEqual(stats["arabic_letter_share"], 1)
        self.assertEqual(stats["mean_sentence_words"], 5)

    def test_an_empty_document_has_no_statistics_to_divide_by(self):
        stats = statistics({"id": "e", "text": "", "tokens": [], "sentences": []}, OPTIONS)
        self.assertEqual((stats["words"], stats["top_words"], stats["longest_sentence"]), (0, [], None))

    def test_folding_drops_diacritics_and_tatweel_and_unifies_alef(self):
        self.assertEqual(fold("أَخْبـــار"), "اخبار")


class ProtocolTests(unittest.TestCase):
    def test_a_session_as_sanad_runs_it(self):
        plugin = os.path.join(os.path.dirname(os.path.abspath(__file__)), "text_stats.py")
        requests = [
            {"configure": OPTIONS},
            {"id": 1, "document": DOCUMENT},
            {"id": 2, "document": {"id": "bad", "text": "x"}},
        ]
        result = subprocess.run(
            [sys.executable, plugin], input="".join(json.dumps(r) + "\n" for r in requests),
            capture_output=True, text=True, timeout=30, check=True)
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        self.assertEqual(lines[0], HANDSHAKE)
        self.assertEqual(lines[1], {"ready": True})
        self.assertEqual(lines[2]["id"], 1)
        self.assertEqual(lines[2]["layers"]["text_stats"]["words"], 5)
        self.assertEqual(lines[3], {"id": 2, "error": "KeyError: 'tokens'"})


if __name__ == "__main__":
    unittest.main()
