import Foundation
import Logging

/// Where a run's log events go: a JSON-lines stream, a human-readable stream, or memory (for tests).
public protocol LogRecordSink: Sendable {
    /// Receives one event; called from any thread.
    func emit(_ event: LogRecord)
}

/// A swift-log handler that turns every log call into a ``LogRecord`` for a ``LogRecordSink``.
///
/// Install it with `LoggingSystem.bootstrap` (the CLI does) or pass `Logger(label:factory:)` one directly (tests do).
public struct EventLogHandler: LogHandler {
    /// The sink events go to.
    public let sink: any LogRecordSink
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]

    /// Creates a handler sending events at `level` or above to `sink`.
    public init(sink: any LogRecordSink, level: Logger.Level = .info) {
        self.sink = sink
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: Logging.LogEvent) {
        sink.emit(
            LogRecord(
                timestamp: Date(), level: event.level, message: event.message.description, metadata: metadata,
                overriddenBy: event.metadata))
    }

    /// Logs info event `name` with fields `entries`, listed as ``LogRecord`` lists a line's fields: the event
    /// `logger.info("\(name)", metadata: ["event": "\(name)", …entries])` gives through this handler when it has no
    /// metadata of its own, made without building swift-log metadata only to convert it back (a run logs an event
    /// per stage and document). The caller checks the level.
    func info(_ name: String, entries: [LogRecord.Field]) {
        sink.emit(LogRecord(timestamp: Date(), level: .info, event: name, entries: entries))
    }

    /// `logger`'s handler, when it is one of these without metadata of its own: one that
    /// ``info(_:entries:)`` may log through in place of `logger`.
    static func direct(of logger: Logger) -> EventLogHandler? {
        guard let handler = logger.handler as? EventLogHandler, handler.metadata.isEmpty else { return nil }
        return handler
    }
}

/// Keeps every event in memory, in order: what tests and the `SanadTesting` harness read.
public final class MemoryLogSink: LogRecordSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [LogRecord] = []

    /// Creates an empty sink.
    public init() {}

    public func emit(_ event: LogRecord) {
        lock.withLock { stored.append(event) }
    }

    /// The events received so far.
    public var events: [LogRecord] { lock.withLock { stored } }
}
