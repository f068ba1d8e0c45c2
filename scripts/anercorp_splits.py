#!/usr/bin/env python3
"""The held-out splits of ANERcorp's training file that the entity scripts share, defined once.

- Blocks: 428 sentences (10%) starting at each of BLOCK_STARTS; a model trained on the rest of the file is scored on
  the block (scripts/entity-blocks.sh) or calibrated on it (scripts/entity-calibration.py).
- Dev: the README's documented split, the file's last 10% from line DEV_FIRST_LINE on (1-based), the first 90% up to
  the blank line before it being the training part (`head -n 116414` / `tail -n +116416`).

usage: scripts/anercorp_splits.py ANERCORP_TRAIN WORK_DIR
  writes WORK_DIR/train{start}.conll and dev{start}.conll for every block, and traindev.conll / devdev.conll.
"""
import os, sys

BLOCK_STARTS = (0, 856, 1712, 2568, 3424)
BLOCK_SIZE = 428
DEV_FIRST_LINE = 116416


def sentences(path):
    """The file's sentences, each as its block of lines."""
    return [s for s in open(path, encoding="utf-8").read().split("\n\n") if s.strip()]


def write_block(all_sentences, start, block_path, rest_path):
    """Writes the block starting at sentence `start` and the rest of the file, each in the file's own format."""
    block = all_sentences[start:start + BLOCK_SIZE]
    rest = all_sentences[:start] + all_sentences[start + BLOCK_SIZE:]
    open(block_path, "w", encoding="utf-8").write("\n\n".join(block) + "\n")
    open(rest_path, "w", encoding="utf-8").write("\n\n".join(rest) + "\n")


def write_dev(path, train_path, dev_path):
    """Writes the documented split: the lines before the blank line ahead of DEV_FIRST_LINE, and the lines from it."""
    lines = open(path, encoding="utf-8").read().split("\n")
    open(train_path, "w", encoding="utf-8").write("\n".join(lines[:DEV_FIRST_LINE - 2]) + "\n")
    open(dev_path, "w", encoding="utf-8").write("\n".join(lines[DEV_FIRST_LINE - 1:]))


if __name__ == "__main__":
    data, work = sys.argv[1:3]
    every = sentences(data)
    for start in BLOCK_STARTS:
        write_block(every, start, os.path.join(work, f"dev{start}.conll"), os.path.join(work, f"train{start}.conll"))
    write_dev(data, os.path.join(work, "traindev.conll"), os.path.join(work, "devdev.conll"))
