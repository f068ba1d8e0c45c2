/// Turns the lines of a JSONL file into pending documents; blank lines are skipped.
///
/// Only the line break is looked for here: each line is copied out with its place in the file, and parsed when the
/// document is read (``JSONLRecord/read()``), which `sanad run` does on the worker that processes the document.
struct JSONLRecords: IteratorProtocol {
    let lines: LineReader
    let source: String
    let invalidUTF8: InvalidUTF8Policy
    private var lineNumber = 0

    init(lines: LineReader, source: String, invalidUTF8: InvalidUTF8Policy) {
        self.lines = lines
        self.source = source
        self.invalidUTF8 = invalidUTF8
    }

    mutating func next() -> PendingDocument? {
        while let line = lines.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return PendingDocument(
                jsonl: JSONLRecord(
                    bytes: Array(line), source: source, line: lineNumber, lineStart: lines.lineStart,
                    invalidUTF8: invalidUTF8))
        }
        return nil
    }
}

/// One line of a JSONL file, not parsed yet: a `{"id": …, "text": …}` object whose other fields pass through.
struct JSONLRecord: Sendable {
    /// The line's bytes, without its line break.
    let bytes: [UInt8]
    /// The file it comes from.
    let source: String
    /// Its line number, from 1.
    let line: Int
    /// Byte offset of the line in the file, for UTF-8 errors.
    let lineStart: Int
    /// What to do with invalid UTF-8.
    let invalidUTF8: InvalidUTF8Policy

    /// The document the line holds, or why it holds none.
    ///
    /// A well-formed line is parsed once, straight from its bytes. Anything else takes the careful path: the line's
    /// UTF-8 is checked first (so a bad byte is reported as such, or repaired, wherever it is), then the JSON.
    func read() -> DocumentReader.Element {
        if let value = bytes.withUnsafeBufferPointer(JSONBytesParser.parse) {
            return document(value, repairedAt: nil)
        }
        var (decoded, invalidAt) = UTF8Decoding.decode(bytes)
        if let invalidAt, invalidUTF8 == .error {
            return .failure(.invalidUTF8(source: source, byteOffset: lineStart + invalidAt))
        }
        guard let value = decoded.withUTF8(JSONBytesParser.parse) else { return malformed("invalid JSON") }
        return document(value, repairedAt: invalidAt.map { lineStart + $0 })
    }

    private func document(_ value: JSONValue, repairedAt: Int?) -> DocumentReader.Element {
        guard case .object(var fields) = value else { return malformed("not a JSON object") }
        guard case .string(let text)? = fields.removeValue(forKey: "text") else {
            return malformed("no string field \"text\"")
        }
        let id: String
        switch fields.removeValue(forKey: "id") {
        case .string(let value)?: id = value
        case .number(let value)?: id = JSONLine.encode(.number(value))
        case nil, .null?: id = "\(source):\(line)"
        default: return malformed("\"id\" must be a string or number")
        }
        if let reserved = fields.keys.sorted().first(where: DocumentJSON.reservedKeys.contains) {
            return malformed("field \"\(reserved)\" is reserved for Sanad's output; rename it")
        }
        let document = Document(id: id, text: text, metadata: fields)
        return .success(ReadDocument(document: document, repairedUTF8At: repairedAt))
    }

    private func malformed(_ reason: String) -> DocumentReader.Element {
        .failure(.malformedLine(source: source, line: line, reason: reason))
    }
}
