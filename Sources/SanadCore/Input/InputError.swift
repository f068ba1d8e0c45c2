/// Why an input could not become a document. Each message names the file and the place in it.
public enum InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A path that does not exist.
    case notFound(path: String)
    /// A file or directory that could not be read.
    case unreadable(path: String, reason: String)
    /// Bytes that are not UTF-8, at `byteOffset` from the start of the file (or of stdin).
    case invalidUTF8(source: String, byteOffset: Int)
    /// A JSONL line that is not a JSON object with a string `text`.
    case malformedLine(source: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): no such file or directory"
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(reason)"
        case .invalidUTF8(let source, let offset):
            "\(source): invalid UTF-8 at byte offset \(offset) (use --invalid-utf8 replace to substitute U+FFFD)"
        case .malformedLine(let source, let line, let reason):
            "\(source):\(line): \(reason)"
        }
    }

    /// The identifier under which a failure is reported: the file, or the file and line for a JSONL record.
    public var documentID: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _): path
        case .invalidUTF8(let source, _): source
        case .malformedLine(let source, let line, _): "\(source):\(line)"
        }
    }
}
