import SanadCore

/// `--format json` and `jsonl`: the output schema (``DocumentJSON``), as one object, an array, or one line each.
///
/// `json` prints a single object when the input is one text document (a file or stdin) and an array otherwise
/// (a directory, several files, or JSONL), so a script can rely on the shape from the command line alone;
/// `jsonl` prints one object per line.
///
/// A document's JSON depends on that document alone, so ``encoder`` makes it on the worker that processed the
/// document, with the separator that goes before it in an array; ``frame(_:)`` only opens the array, in output order.
struct JSONRendering {
    /// Turns one document into its JSON text, ending with a line break when the format puts one after every
    /// document; safe to call from any thread.
    let encoder: @Sendable (Document) throws -> JSONBuffer
    private let asArray: Bool
    private var written = 0

    /// Creates the format; `asArray` wraps documents in an array, `oneLinePerDocument` ends each with a line break.
    init(layers: Set<Layer>, asArray: Bool, oneLinePerDocument: Bool) {
        self.asArray = asArray
        let lineBreak = oneLinePerDocument || !asArray
        encoder = { document in
            var separator = JSONBuffer()
            if asArray { separator.raw(",\n") }
            var json = try DocumentJSON.encode(document, layers: layers, after: separator)
            if lineBreak { json.raw("\n") }
            return json
        }
    }

    /// The output of one document whose JSON text (from ``encoder``) is `json`. In an array the encoder already put
    /// the `,\n` separator in front, so the first document only swaps its comma for the opening bracket.
    mutating func frame(_ json: JSONBuffer) -> JSONBuffer {
        defer { written += 1 }
        guard asArray, written == 0 else { return json }
        var first = json
        first.replaceByte(at: 0, with: UInt8(ascii: "["))
        return first
    }

    /// Closes the array, if one was opened (an empty run prints `[]`).
    mutating func finish() -> [UInt8] {
        guard asArray else { return [] }
        return Array((written == 0 ? "[]\n" : "\n]\n").utf8)
    }
}
