import Foundation
import Logging

/// One structured log event: what every handler receives and what tests assert on.
///
/// The `event` name (`stage.done`, `run.summary`, `document.failed`…) comes from the `event` metadata key; the
/// other metadata become ``fields`` (numbers stay numbers, nested dictionaries stay objects).
public struct LogRecord: Sendable, Hashable {
    /// When the event was logged.
    public let timestamp: Date
    /// Its severity.
    public let level: Logger.Level
    /// Its name, or `log` for a plain message.
    public let event: String
    /// The human message.
    public let message: String
    /// Everything else: `pipeline`, `stage`, `doc`, `ms`, counts… (made anew on each access).
    public var fields: [String: JSONValue] {
        Dictionary(uniqueKeysWithValues: entries.lazy.map { ($0.key, $0.value) })
    }

    /// ``fields`` as a list, each key once, in no particular order.
    ///
    /// A list rather than a dictionary: a run logs an event per stage and document, and hashing every key into a
    /// dictionary that is only read back to write the line (a few keys, found by comparing) took a good part of
    /// logging it.
    private let entries: [Field]
    /// Whether ``entries`` are in the order the line lists them, message included: then the line is written
    /// without looking up or sorting anything.
    private let inLineOrder: Bool

    /// One of ``fields``.
    struct Field: Sendable {
        /// The field's name.
        let key: String
        /// Its value.
        let value: JSONValue
    }

    /// Creates an event from what swift-log hands a handler.
    public init(timestamp: Date, level: Logger.Level, message: String, metadata: Logger.Metadata) {
        self.init(timestamp: timestamp, level: level, message: message, metadata: metadata, overriddenBy: nil)
    }

    /// Creates an event from a handler's metadata and the call's own, which wins for a key in both: the same event
    /// as from the two merged.
    ///
    /// A run logs an event per stage and document, through a logger without metadata of its own: then the fields
    /// are the call's metadata converted in place (`mapValues` keeps the dictionary's table, so no key is hashed
    /// again), and only the event name is looked up.
    init(
        timestamp: Date, level: Logger.Level, message: String, metadata: Logger.Metadata,
        overriddenBy explicit: Logger.Metadata?
    ) {
        self.timestamp = timestamp
        self.level = level
        self.message = message
        var fields: [String: JSONValue]
        if let explicit, !metadata.isEmpty {
            fields = metadata.mapValues(JSONValue.init(metadata:))
            for (key, value) in explicit { fields[key] = JSONValue(metadata: value) }
        } else {
            fields = (explicit ?? metadata).mapValues(JSONValue.init(metadata:))
        }
        // The merged fields hold the event name too: found once there, its key hashed once for lookup and removal.
        if let index = fields.index(forKey: "event"), case .string(let name) = fields[index].value {
            event = name
            fields.remove(at: index)
        } else {
            event = "log"
        }
        entries = fields.map { Field(key: $0.key, value: $0.value) }
        inLineOrder = false
    }

    /// Creates event `name`, whose message is its name, with fields `entries` (each key once, none of `ts`,
    /// `level`, `event` or `msg`), kept in the order its line writes them: what ``EventLogHandler/info(_:entries:)``
    /// makes without going through swift-log's metadata.
    init(timestamp: Date, level: Logger.Level, event name: String, entries: [Field]) {
        self.timestamp = timestamp
        self.level = level
        self.event = name
        self.message = name
        // The message is the name, so the line has no `msg`.
        self.entries = Self.lineOrder(of: entries, message: nil)
        inLineOrder = true
    }

    public static func == (left: LogRecord, right: LogRecord) -> Bool {
        left.timestamp == right.timestamp && left.level == right.level && left.event == right.event
            && left.message == right.message && left.fields == right.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(timestamp)
        hasher.combine(level)
        hasher.combine(event)
        hasher.combine(message)
        hasher.combine(fields)
    }

    /// Whether the message says more than the event name, and so is written as `msg`.
    private var hasMessage: Bool { !message.isEmpty && message != event }

    /// The event as one JSON object: `ts`, `level`, `event`, then its fields, then `msg` when it says more.
    public var json: JSONValue {
        var object = fields
        object["ts"] = .string(LogRecord.timestampFormat.format(timestamp))
        object["level"] = .string(level.rawValue)
        object["event"] = .string(event)
        if hasMessage { object["msg"] = .string(message) }
        return .object(object)
    }

    /// Appends ``json`` as one line of JSON text, keys in ``JSONLine/logKeys`` order and then sorted — the same text
    /// as `JSONLine.encode(json)`, without building the merged object first (a run logs an event per stage and
    /// document). The line is written through a ``JSONWriter``: it is many small pieces.
    public func writeJSON(into out: inout JSONBuffer) {
        out.withWriter { out in
            out.raw("{\"ts\":")
            LogTimestamp.write(timestamp, into: &out)
            out.raw(",\"level\":")
            out.string(level.rawValue)
            out.raw(",\"event\":")
            out.string(event)
            for field in inLineOrder ? entries : lineOrder() {
                out.raw(",")
                out.string(field.key)
                out.raw(":")
                out.value(field.value, leading: JSONLine.logKeys)
            }
            out.raw("}")
        }
    }

    /// The fields as the line lists them: those of ``JSONLine/logKeys`` after the first three in that order, then
    /// the others and `msg` (the message, when it says more) sorted by key.
    private func lineOrder() -> [Field] { Self.lineOrder(of: entries, message: hasMessage ? message : nil) }

    /// `entries` as a line lists them, with `message` as `msg`.
    private static func lineOrder(of entries: [Field], message: String?) -> [Field] {
        var line: [Field] = []
        line.reserveCapacity(entries.count + 1)
        for key in JSONLine.logKeys.dropFirst(3) {
            if let field = entries.first(where: { $0.key == key }) { line.append(field) }
        }
        let sortedFrom = line.count
        for field in entries where !isLeading(field.key) && !(message != nil && field.key == "msg") {
            line.append(field)
        }
        if let message { line.append(Field(key: "msg", value: .string(message))) }
        line[sortedFrom...].sort { $0.key < $1.key }
        return line
    }

    /// Whether `key` is one of ``JSONLine/logKeys``.
    private static func isLeading(_ key: String) -> Bool { JSONLine.isOne(of: JSONLine.logKeys, key) }

    private static let timestampFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}

extension JSONValue {
    /// Converts a swift-log metadata value, keeping integers and floating-point values as JSON numbers.
    init(metadata: Logger.MetadataValue) {
        switch metadata {
        case .string(let string): self = .string(string)
        case .stringConvertible(let value):
            switch value {
            case let int as Int: self = .number(Double(int))
            case let double as Double: self = .number(double)
            case let bool as Bool: self = .bool(bool)
            default: self = .string(value.description)
            }
        case .array(let values): self = .array(values.map(JSONValue.init(metadata:)))
        case .dictionary(let values): self = .object(values.mapValues(JSONValue.init(metadata:)))
        }
    }

    /// The value as swift-log metadata, so structured results (a run summary) can travel through a `Logger`.
    public var metadata: Logger.MetadataValue {
        switch self {
        case .null: .string("null")
        case .bool(let value): .stringConvertible(value)
        case .number(let value): value.rounded() == value && abs(value) < 1e15 ? .stringConvertible(Int(value)) : .stringConvertible(value)
        case .string(let value): .string(value)
        case .array(let values): .array(values.map(\.metadata))
        case .object(let values): .dictionary(values.mapValues(\.metadata))
        }
    }
}
