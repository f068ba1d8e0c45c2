import SanadCore

/// `--format json` and `jsonl`: the output schema (``DocumentJSON``), as one object, an array, or one line each.
///
/// `json` prints a single object when the input is one text document (a file or stdin) and an array otherwise
/// (a directory, several files, or JSONL), so a script can rely on the shape from the command line alone;
/// `jsonl` prints one object per line.
struct JSONRendering: DocumentRendering {
    private let layers: Set<Layer>
    private let asArray: Bool
    private let oneLinePerDocument: Bool
    private var written = 0

    /// Creates the format; `asArray` wraps documents in an array, `oneLinePerDocument` ends each with a line break.
    init(layers: Set<Layer>, asArray: Bool, oneLinePerDocument: Bool) {
        self.layers = layers
        self.asArray = asArray
        self.oneLinePerDocument = oneLinePerDocument
    }

    mutating func render(_ document: Document) throws -> [UInt8] {
        var json = JSONBuffer()
        if asArray { json.raw(written == 0 ? "[\n" : ",\n") }
        json = try DocumentJSON.encode(document, layers: layers, after: json)
        if oneLinePerDocument || !asArray { json.raw("\n") }
        written += 1
        return json.bytes
    }

    /// Closes the array, if one was opened (an empty run prints `[]`).
    mutating func finish() -> [UInt8] {
        guard asArray else { return [] }
        return Array((written == 0 ? "[]\n" : "\n]\n").utf8)
    }
}
