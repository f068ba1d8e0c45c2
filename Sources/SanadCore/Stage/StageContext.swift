import Logging

/// What a stage gets besides the document: a logger tagged with pipeline, stage and document, and a place for the
/// counts that go into its `stage.done` event.
public struct StageContext {
    /// Logs with `pipeline`, `stage` and `doc` metadata already attached.
    public var logger: Logger {
        guard let tags else { return untagged }
        var logger = untagged
        logger[metadataKey: "pipeline"] = .string(tags.pipeline)
        logger[metadataKey: "doc"] = .string(tags.document)
        logger[metadataKey: "stage"] = .string(tags.stage)
        return logger
    }
    /// The counts this stage reported for the current document (`tokens`, `changed_chars`…).
    ///
    /// Sized for a stage's handful of counts up front: grown from empty, the table was reallocated and every key
    /// hashed again at the second, third and fifth count, for every stage and document.
    public private(set) var counts = [String: Int](minimumCapacity: 8)

    /// The logger as given.
    private let untagged: Logger
    /// The metadata ``logger`` attaches, when the runner gave them: tagging on demand spares a copy of the
    /// logger's metadata per stage and document when the stage logs nothing, as most do.
    private let tags: (pipeline: String, stage: String, document: String)?

    /// Creates a context whose `logger` is `logger` as it is.
    public init(logger: Logger) {
        untagged = logger
        tags = nil
    }

    /// Creates the context of stage `stage` of pipeline `pipeline` for document `document`: ``logger`` is `logger`
    /// with the three attached.
    init(logger: Logger, pipeline: String, stage: String, document: String) {
        untagged = logger
        tags = (pipeline, stage, document)
    }

    /// Adds `value` to count `name` for this document's `stage.done` event.
    public mutating func count(_ name: String, _ value: Int = 1) {
        counts[name, default: 0] += value
    }

    /// Logs a warning about this document, at `offset` (code points into the original text) when known.
    public func warning(_ message: String, offset: Int? = nil) {
        var metadata: Logger.Metadata = ["event": "stage.warning"]
        if let offset { metadata["offset"] = .stringConvertible(offset) }
        logger.warning("\(message)", metadata: metadata)
    }
}

/// Why a stage could not be built from its options (a missing model file, an unreadable gazetteer…).
public struct StageSetupError: Error, CustomStringConvertible, Sendable {
    /// What went wrong and what to do about it.
    public let message: String

    /// Creates a setup error with a message a pipeline author can act on.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Why a stage could not process a document; the runner reports it with the document id.
public struct StageProcessingError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public let message: String
    /// Where in the original text, in code points, when known.
    public let offset: Int?

    /// Creates a processing error.
    public init(_ message: String, offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }

    public var description: String {
        offset.map { "at offset \($0): \(message)" } ?? message
    }
}
