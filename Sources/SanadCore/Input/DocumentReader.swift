import Foundation

/// Reads documents from the inputs of a run, one at a time, so a corpus never has to fit in memory.
///
/// - A text file is one document whose id is the path as given; an empty file is a valid empty document.
/// - A directory contributes every `*.txt` file under it (`*.jsonl` in JSONL mode), in sorted path order.
/// - `-` (or no path at all) reads standard input, whose document id is `stdin`.
/// - In JSONL mode every line is one `{"id": …, "text": …}` object; other fields pass through to the output in
///   ``Document/metadata``; a record without `id` is named `FILE:LINE`.
///
/// The reader yields a `Result` per document: a bad file or line is an ``InputError`` for that document only, so
/// the run's `--on-error` policy decides whether the rest continue.
public struct DocumentReader: Sequence, Sendable {
    /// How inputs are split into documents.
    public enum Format: String, Sendable, CaseIterable {
        /// Each file (or stdin) is one document.
        case text
        /// Each line is a JSON object with `id` and `text`.
        case jsonl
    }

    /// A document read from the input, or why it could not be.
    public typealias Element = Result<ReadDocument, InputError>

    /// The paths given on the command line (`-` for stdin).
    public let paths: [String]
    /// How inputs are split into documents.
    public let format: Format
    /// What to do with invalid UTF-8.
    public let invalidUTF8: InvalidUTF8Policy

    /// Creates a reader; no path means standard input.
    public init(paths: [String], format: Format = .text, invalidUTF8: InvalidUTF8Policy = .error) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.format = format
        self.invalidUTF8 = invalidUTF8
    }

    public func makeIterator() -> AnyIterator<Element> {
        let pending = pendingDocuments.makeIterator()
        return AnyIterator { pending.next()?.read() }
    }

    /// The same documents, each decoded only when ``PendingDocument/read()`` is called: ``Runner`` does that on
    /// the worker that processes it.
    public var pendingDocuments: AnySequence<PendingDocument> {
        AnySequence { () -> AnyIterator<PendingDocument> in
            var sources = paths.lazy.flatMap { expand($0) }.makeIterator()
            var current: AnyIterator<PendingDocument>?
            return AnyIterator {
                while true {
                    if let next = current?.next() { return next }
                    guard let source = sources.next() else { return nil }
                    switch source {
                    case .failure(let error): return PendingDocument(.failure(error))
                    case .success(let path): current = documents(in: path)
                    }
                }
            }
        }
    }

    /// The files a command-line path stands for.
    private func expand(_ path: String) -> [Result<String, InputError>] {
        if path == "-" { return [.success(path)] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [.failure(.notFound(path: path))]
        }
        guard isDirectory.boolValue else { return [.success(path)] }
        let suffix = format == .text ? ".txt" : ".jsonl"
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            return [.failure(.unreadable(path: path, reason: "cannot list the directory"))]
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.sorted().map { .success(base + $0) }
    }

    private func documents(in path: String) -> AnyIterator<PendingDocument> {
        switch format {
        case .text:
            var done = false
            return AnyIterator {
                guard !done else { return nil }
                done = true
                return PendingDocument(readTextDocument(path))
            }
        case .jsonl:
            do {
                return AnyIterator(JSONLRecords(lines: try LineReader(path: path), source: path, invalidUTF8: invalidUTF8))
            } catch {
                return AnyIterator(
                    CollectionOfOne(PendingDocument(.failure(.unreadable(path: path, reason: "\(error)")))).makeIterator())
            }
        }
    }

    private func readTextDocument(_ path: String) -> Element {
        let data: Data
        do {
            data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(.unreadable(path: path, reason: error.localizedDescription))
        }
        let id = path == "-" ? "stdin" : path
        let (text, invalidAt) = UTF8Decoding.decode(data)
        if let invalidAt {
            guard invalidUTF8 == .replace else { return .failure(.invalidUTF8(source: id, byteOffset: invalidAt)) }
            return .success(ReadDocument(document: Document(id: id, text: text), repairedUTF8At: invalidAt))
        }
        return .success(ReadDocument(document: Document(id: id, text: text), repairedUTF8At: nil))
    }
}

/// A document as read, with a note when its bytes had to be repaired.
public struct ReadDocument: Sendable {
    /// The document.
    public let document: Document
    /// Byte offset of the first invalid UTF-8 sequence that was replaced by U+FFFD, if any.
    public let repairedUTF8At: Int?
}
