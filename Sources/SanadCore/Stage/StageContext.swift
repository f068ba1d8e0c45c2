import Logging

/// What a stage gets besides the document: a logger tagged with pipeline, stage and document, and a place for the
/// counts that go into its `stage.done` event.
public struct StageContext {
    /// Logs with `pipeline`, `stage` and `doc` metadata already attached.
    public let logger: Logger
    /// The counts this stage reported for the current document (`tokens`, `changed_chars`…).
    public private(set) var counts: [String: Int] = [:]

    /// Creates a context; the runner makes one per stage and document.
    public init(logger: Logger) {
        self.logger = logger
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
