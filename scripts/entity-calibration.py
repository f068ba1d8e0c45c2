#!/usr/bin/env python3
"""Fits and checks the entity `confidence` curve (EntityModel.confidence(margin:), Platt scaling).

Trains four models with `sanad train entities`, each on anercorp-train.txt less one 10% block (the blocks of
scripts/anercorp_splits.py starting at sentences 0, 856, 1712 and 2568), tags the held-out block through normalize,
segment and entities, and fits a logistic curve P(mention right) = 1 / (1 + exp(-(margin - offset) / scale)) to
the PER/LOC/ORG mentions the model tagged (a mention is right when it covers exactly a gold entity's tokens with the
same type, as ner_score.py counts). Margins are read back from the confidences the run printed. Then it prints, for
the built-in model on the dev split (the last 10%, not used for the fit), how often mentions in each confidence band
were right.

usage: scripts/entity-calibration.py SANAD_BINARY [ANERCORP_TRAIN]
"""
import json, math, os, subprocess, sys, tempfile

sanad = sys.argv[1]
data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.environ.get("SANAD_SHARED", "../shared"), "data/ar/anercorp-train.txt")
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(data), "..", "..", "eval"))
sys.path.insert(0, here)
from ner_score import read_sentences, spans_from_tags, norm  # noqa: E402
import anercorp_splits  # noqa: E402

OFFSET, SCALE = None, None
with open(os.path.join(here, "..", "Sources/SanadStages/Entities/EntityModel.swift"), encoding="utf-8") as f:
    for line in f:
        if "static let offset" in line: OFFSET = float(line.split("=")[1])
        if "static let scale" in line: SCALE = float(line.split("=")[1])


def margin_of(confidence):
    confidence = min(max(confidence, 1e-12), 1 - 1e-12)
    return OFFSET + SCALE * math.log(confidence / (1 - confidence))


def tagged_mentions(work, gold_path, model):
    """(confidence, right) for each PER/LOC/ORG mention the model tagged (linker-added repeats carry none)."""
    docs = os.path.join(work, "docs.jsonl")
    with open(docs, "w", encoding="utf-8") as out:
        subprocess.run([sys.executable, os.path.join(os.path.dirname(data), "..", "..", "eval", "conll_to_jsonl.py"), gold_path],
                       stdout=out, check=True)
    pipeline = os.path.join(work, "calibration.yaml")
    with open(pipeline, "w") as f:
        f.write("name: calibration\nlanguage: ar\nstages:\n  - use: normalize\n  - use: segment\n  - use: entities\n")
        if model: f.write(f"    with:\n      model: {model}\n")
    predicted = os.path.join(work, "predicted.jsonl")
    subprocess.run([sanad, "run", pipeline, docs, "--input-format", "jsonl", "--format", "jsonl", "--output", predicted],
                   check=True, stderr=subprocess.DEVNULL)
    sentences = read_sentences(gold_path)
    predictions = {d["id"]: d for d in map(json.loads, filter(str.strip, open(predicted, encoding="utf-8")))}
    result = []
    for d in range(0, len(sentences), 25):
        tokens, gold, pos = [], set(), 0
        for s in sentences[d:d + 25]:
            base = len(tokens)
            for k, (tok, _) in enumerate(s):
                if k: pos += 1
                tokens.append((pos, pos + len(tok))); pos += len(tok)
            pos += 1
            for a, b, t in spans_from_tags([t for _, t in s]):
                if norm(t) in ("PER", "LOC", "ORG"): gold.add((base + a, base + b, norm(t)))
        for e in predictions[f"doc{d // 25:05d}"].get("entities", []):
            label = norm(e["label"])
            if label not in ("PER", "LOC", "ORG") or e.get("confidence") is None: continue
            covered = [i for i, (s0, e0) in enumerate(tokens) if s0 < e["end"] and e["start"] < e0]
            if covered: result.append((e["confidence"], (covered[0], covered[-1], label) in gold))
    return result


def fit(points):
    """Logistic regression of right on margin (Newton's method); returns (offset, scale)."""
    a, b = 0.0, 0.0  # P = sigmoid(a * margin + b)
    for _ in range(50):
        ga = gb = haa = hab = hbb = 0.0
        for m, y in points:
            p = 1 / (1 + math.exp(-(a * m + b)))
            ga += (y - p) * m; gb += (y - p)
            w = p * (1 - p); haa += w * m * m; hab += w * m; hbb += w
        det = haa * hbb - hab * hab
        a += (hbb * ga - hab * gb) / det
        b += (haa * gb - hab * ga) / det
    return -b / a, 1 / a


sentences = anercorp_splits.sentences(data)
points = []
with tempfile.TemporaryDirectory() as work:
    for start in anercorp_splits.BLOCK_STARTS[:4]:
        gold, train, model = (os.path.join(work, n) for n in ("block.conll", "rest.conll", "m.sanadner"))
        anercorp_splits.write_block(sentences, start, gold, train)
        subprocess.run([sanad, "train", "entities", "--data", train, "--out", model], check=True, stdout=subprocess.DEVNULL)
        points += [(margin_of(c), 1.0 if right else 0.0) for c, right in tagged_mentions(work, gold, model)]
    offset, scale = fit(points)
    print(f"fitted on {len(points)} mentions of four held-out blocks: offset {offset:.1f}, scale {scale:.1f} "
          f"(EntityModel.Calibration has {OFFSET}, {SCALE})")
    dev = os.path.join(work, "dev.conll")
    anercorp_splits.write_dev(data, os.path.join(work, "traindev.conll"), dev)
    bands = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]
    shipped = tagged_mentions(work, dev, None)
    print(f"built-in model on dev, {len(shipped)} mentions with a confidence (current constants):")
    for low, high in bands:
        inside = [right for c, right in shipped if low <= c < high]
        if inside:
            print(f"  confidence {low:.2f}-{min(high, 1):.2f}: {len(inside):4d} mentions, {100 * sum(inside) / len(inside):.0f}% right")
