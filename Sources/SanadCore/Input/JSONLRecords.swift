import Foundation

/// Turns the lines of a JSONL file into documents; blank lines are skipped.
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

    mutating func next() -> DocumentReader.Element? {
        while let line = lines.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return record(line)
        }
        return nil
    }

    private func record(_ line: ArraySlice<UInt8>) -> DocumentReader.Element {
        let (decoded, invalidAt) = UTF8Decoding.decode(line)
        if let invalidAt, invalidUTF8 == .error {
            return .failure(.invalidUTF8(source: source, byteOffset: lines.lineStart + invalidAt))
        }
        let value: JSONValue
        do {
            value = JSONValue(foundation: try JSONSerialization.jsonObject(with: Data(decoded.utf8), options: [.fragmentsAllowed]))
        } catch {
            return .failure(.malformedLine(source: source, line: lineNumber, reason: "invalid JSON"))
        }
        guard case .object(var fields) = value else {
            return .failure(.malformedLine(source: source, line: lineNumber, reason: "not a JSON object"))
        }
        guard case .string(let text)? = fields.removeValue(forKey: "text") else {
            return .failure(.malformedLine(source: source, line: lineNumber, reason: "no string field \"text\""))
        }
        let id: String
        switch fields.removeValue(forKey: "id") {
        case .string(let value)?: id = value
        case .number(let value)?: id = JSONLine.encode(.number(value))
        case nil, .null?: id = "\(source):\(lineNumber)"
        default:
            return .failure(.malformedLine(source: source, line: lineNumber, reason: "\"id\" must be a string or number"))
        }
        if let reserved = fields.keys.sorted().first(where: DocumentJSON.reservedKeys.contains) {
            return .failure(
                .malformedLine(
                    source: source, line: lineNumber,
                    reason: "field \"\(reserved)\" is reserved for Sanad's output; rename it"))
        }
        let document = Document(id: id, text: text, metadata: fields)
        return .success(ReadDocument(document: document, repairedUTF8At: invalidAt.map { lines.lineStart + $0 }))
    }
}
