#!/usr/bin/env python3
"""Cross-validated macro-F1 of a unigram+bigram naive Bayes on ArSarcasm's train file, per fold and on MSA rows.

Why: the maintainers quote this baseline on ArSarcasm's MSA *test* tweets (0.593), which we do not have. Scoring the
same kind of model with the same folds as `sanad train sentiment --folds 10` (fold f = rows with i % 10 == f) tells
how hard our folds are compared with that test set, so our own cross-validated figure can be read against the 0.65
target. Standard library only; whitespace tokens, add-one smoothing, class priors.

usage: scripts/naive-bayes-cv.py [../shared/data/ar/arsarcasm-train.csv] [--folds 10]
"""
import argparse
import collections
import csv
import math
import statistics

LABELS = ("positive", "negative", "neutral")


def features(text):
    words = text.split()
    return words + [a + " " + b for a, b in zip(words, words[1:])]


def macro_f1(gold, predicted):
    scores = []
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def train(rows):
    counts = {label: collections.Counter() for label in LABELS}
    priors = collections.Counter()
    for row in rows:
        priors[row["sentiment"]] += 1
        counts[row["sentiment"]].update(features(row["tweet"]))
    vocabulary = len(set().union(*counts.values()))
    totals = {label: sum(counts[label].values()) for label in LABELS}

    def predict(text):
        def score(label):
            return math.log(priors[label]) + sum(
                math.log((counts[label][f] + 1) / (totals[label] + vocabulary)) for f in features(text))
        return max(LABELS, key=score)
    return predict


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default="../shared/data/ar/arsarcasm-train.csv")
    parser.add_argument("--folds", type=int, default=10)
    args = parser.parse_args()
    rows = list(csv.DictReader(open(args.data, encoding="utf-8")))
    overall, msa = [], []
    for fold in range(args.folds):
        predict = train([r for i, r in enumerate(rows) if i % args.folds != fold])
        held = [r for i, r in enumerate(rows) if i % args.folds == fold]
        gold = [r["sentiment"] for r in held]
        predicted = [predict(r["tweet"]) for r in held]
        overall.append(macro_f1(gold, predicted))
        pairs = [(g, p) for g, p, r in zip(gold, predicted, held) if r["dialect"] == "msa"]
        msa.append(macro_f1([g for g, _ in pairs], [p for _, p in pairs]))
        print(f"fold {fold}: macro-F1 {overall[-1]:.3f}, MSA rows {msa[-1]:.3f}")
    print(f"mean over {args.folds} folds: macro-F1 {statistics.mean(overall):.3f} ± {statistics.stdev(overall):.3f}, "
          f"MSA rows {statistics.mean(msa):.3f} ± {statistics.stdev(msa):.3f}")


if __name__ == "__main__":
    main()
