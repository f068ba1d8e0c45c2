#!/usr/bin/env python3
"""A sanad.external/1 plugin for the tests of the `external` stage: it misbehaves on request.

For each document it produces the layer `echo` (or each of the layers in FIXTURE_PRODUCES, comma-separated):
{"length": code points, "pid": its process id, "answered": answers written before this one,
 "suffix": its `suffix` option, "cwd": its working directory, "variable": $FIXTURE_VARIABLE,
 "layers": the keys of the document it was sent, "first": {"start": 0, "end": 1, "text": first code point}}.
It writes `fixture: input closed` to standard error when its input ends.

The first word of a document's text chooses a misbehaviour:
  crash        exit with status 3 without answering
  crash-once   crash unless the file $FIXTURE_MARKER exists, creating it first (so a restart succeeds)
  segfault     kill itself with SIGSEGV
  hang         never answer
  garbage      write a line that is not JSON
  outside      answer with a span that ends past the text
  utf16        answer with a span whose `text` is not what it covers
  extra        answer with a layer it does not declare
  missing      answer without its layer
  error        answer with an error object
  entities     answer `entities` with one PERSON mention of the first word after it
  delay:S      answer after S seconds, from another thread (answers then come out of order)
  stderr       write a line to standard error, then answer
  last-words   answer, then exit with status 0 before reading on (as a plugin that recycles itself does)

FIXTURE_START chooses a misbehaviour before any document:
  exit          write to standard error and exit with status 2 before the handshake
  silent        never write a handshake
  hello         write `hello` instead of a handshake
  refuse        answer `configure` with an error
  ignore-eof    keep running after its input ends
FIXTURE_REQUIRES lists required layers (comma-separated).
"""
import json
import os
import signal
import sys
import threading
import time

write_lock = threading.Lock()
answered = 0


def send(message):
    """Writes one line; an answer's layers get `answered`, how many answers were written before it."""
    global answered
    with write_lock:
        for layer in message.get("layers", {}).values():
            if isinstance(layer, dict):
                layer["answered"] = answered
        if "layers" in message:
            answered += 1
        sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def layers_list(variable, default):
    value = os.environ.get(variable, default)
    return [name for name in value.split(",") if name]


def main():
    start = os.environ.get("FIXTURE_START", "")
    if start == "exit":
        sys.stderr.write("fixture: cannot load my model\n")
        sys.stderr.flush()
        sys.exit(2)
    if start == "silent":
        time.sleep(3600)
    if start == "hello":
        print("hello", flush=True)
        time.sleep(3600)
    produces = layers_list("FIXTURE_PRODUCES", "echo")
    send({
        "protocol": "sanad.external/1", "name": "fixture", "version": "0.1",
        "requires": layers_list("FIXTURE_REQUIRES", ""), "produces": produces,
        "options": {
            "suffix": {"type": "string", "default": "!", "doc": "Echoed back."},
            "level": {"type": "integer", "default": 1, "doc": "Unused."},
        },
    })
    configure = json.loads(sys.stdin.readline())
    if start == "refuse":
        send({"error": "`suffix` must be shorter"})
        return
    options = configure["configure"]
    send({"ready": True})

    for line in sys.stdin:
        request = json.loads(line)
        handle(request["id"], request["document"], options, produces)
    sys.stderr.write("fixture: input closed\n")
    if start == "ignore-eof":
        time.sleep(3600)


def handle(request_id, document, options, produces):
    text = document["text"]
    word = text.split(" ")[0] if text else ""
    echo = {
        "length": len(text), "pid": os.getpid(), "suffix": options["suffix"], "cwd": os.getcwd(),
        "variable": os.environ.get("FIXTURE_VARIABLE"), "layers": sorted(document),
        "first": {"start": 0, "end": min(1, len(text)), "text": text[:1]},
    }
    answer = {"id": request_id, "layers": {name: echo for name in produces}}
    if word == "crash":
        os._exit(3)
    elif word == "crash-once":
        marker = os.environ["FIXTURE_MARKER"]
        if not os.path.exists(marker):
            open(marker, "w").close()
            os._exit(3)
    elif word == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif word == "hang":
        time.sleep(3600)
    elif word == "garbage":
        with write_lock:
            sys.stdout.write("this is not json\n")
            sys.stdout.flush()
        return
    elif word == "outside":
        echo["first"] = {"start": 0, "end": len(text) + 5}
    elif word == "utf16":
        echo["first"] = {"start": 0, "end": 1, "text": "x"}
    elif word == "extra":
        answer["layers"]["surprise"] = 1
    elif word == "missing":
        answer["layers"] = {}
    elif word == "error":
        answer = {"id": request_id, "error": {"message": "cannot handle this"}}
    elif word == "entities":
        name = text.split(" ")[1]
        start = len(word) + 1
        answer["layers"]["entities"] = [
            {"start": start, "end": start + len(name), "text": name, "label": "PERSON"}]
    elif word.startswith("delay:"):
        seconds = float(word.split(":")[1])
        threading.Thread(target=lambda: (time.sleep(seconds), send(answer))).start()
        return
    elif word == "stderr":
        sys.stderr.write("fixture: working on " + document["id"] + "\n")
        sys.stderr.flush()
    elif word == "last-words":
        send(answer)
        os._exit(0)
    send(answer)


main()
