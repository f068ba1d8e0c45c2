/// A document as it comes off the input, before it is decoded: a JSONL line not parsed yet, or a document that was
/// read whole already (a text file).
///
/// Reading the input is sequential, decoding it need not be: ``Runner`` calls ``read()`` on the worker that
/// processes the document, so with several jobs JSONL lines are parsed in parallel.
public struct PendingDocument: Sendable {
    private enum Source: Sendable {
        case read(DocumentReader.Element)
        case jsonl(JSONLRecord)
    }

    private let source: Source

    /// A document that was read already, or why it could not be.
    public init(_ element: DocumentReader.Element) { source = .read(element) }

    /// A JSONL line to parse.
    init(jsonl record: JSONLRecord) { source = .jsonl(record) }

    /// Bytes of input the document takes: its JSONL line, or the UTF-8 of a text read already (0 when it could not
    /// be read). What ``Runner`` sizes its batches by.
    var byteCount: Int {
        switch source {
        case .read(let element): (try? element.get())?.document.text.utf8.count ?? 0
        case .jsonl(let record): record.bytes.count
        }
    }

    /// The document, or why it cannot be one.
    public func read() -> DocumentReader.Element {
        switch source {
        case .read(let element): element
        case .jsonl(let record): record.read()
        }
    }
}
