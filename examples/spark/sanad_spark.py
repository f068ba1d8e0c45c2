#!/usr/bin/env python3
"""Runs a Sanad pipeline over a JSONL corpus with Apache Spark, one `sanad` process per partition.

`sanad run --input-format jsonl --format jsonl` is a clean stdin -> stdout filter (no prompts, logs on stderr or a
file, exit status 1 when a document failed), which is exactly what `RDD.pipe` runs on every partition. Spark does
the distribution, retries and I/O; Sanad does the text.

usage: sanad_spark.py --sanad SANAD INPUT.jsonl OUTPUT_DIR [--pipeline arabic-news] [--partitions N]
                      [--master local[2]]

SANAD is the binary's path as the executors see it. Locally (`--master local[2]`) that is simply
`.build/release/sanad`. On a cluster, ship the binary with the job; it lands in each executor's working folder:
    spark-submit --files .build/release/sanad examples/spark/sanad_spark.py --sanad ./sanad corpus.jsonl out/
The binary is self-contained (pipelines, models and lexicons are compiled in); build it on the same OS image as the
executors, or with `swift build -c release --static-swift-stdlib` so it needs no Swift runtime there.
"""
import argparse
import shlex

from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", help="JSONL corpus, one {\"id\", \"text\"} object per line")
    parser.add_argument("output", help="output directory (Spark writes part-NNNNN files of JSONL)")
    parser.add_argument("--sanad", required=True, help="the sanad binary's path as executors see it")
    parser.add_argument("--pipeline", default="arabic-news")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("sanad-" + args.pipeline)
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    command = [
        args.sanad, "run", args.pipeline, "--input-format", "jsonl", "--format", "jsonl",
        "--jobs", "1", "--log-level", "warning",
    ]
    lines = context.textFile(args.input, minPartitions=args.partitions)
    # checkCode: a partition whose sanad exits non-zero (a document failed) fails its task, and Spark retries it.
    annotated = lines.pipe(" ".join(shlex.quote(part) for part in command), checkCode=True)
    annotated.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
