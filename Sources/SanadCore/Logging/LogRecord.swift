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
    /// Everything else: `pipeline`, `stage`, `doc`, `ms`, counts…
    public let fields: [String: JSONValue]

    /// Creates an event from what swift-log hands a handler.
    public init(timestamp: Date, level: Logger.Level, message: String, metadata: Logger.Metadata) {
        self.init(timestamp: timestamp, level: level, message: message, metadata: metadata, overriddenBy: nil)
    }

    /// Creates an event from a handler's metadata and the call's own, which wins for a key in both: the same event
    /// as from the two merged, without building the merged dictionary (a run logs an event per stage and document).
    init(
        timestamp: Date, level: Logger.Level, message: String, metadata: Logger.Metadata,
        overriddenBy explicit: Logger.Metadata?
    ) {
        self.timestamp = timestamp
        self.level = level
        self.message = message
        var fields = [String: JSONValue](minimumCapacity: metadata.count + (explicit?.count ?? 0))
        var event = "log"
        func take(_ key: String, _ value: Logger.MetadataValue) {
            if key == "event", case .string(let name) = value {
                event = name
            } else {
                fields[key] = JSONValue(metadata: value)
            }
        }
        for (key, value) in metadata where explicit?[key] == nil { take(key, value) }
        for (key, value) in explicit ?? [:] { take(key, value) }
        self.event = event
        self.fields = fields
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
    /// document).
    public func writeJSON(into out: inout JSONBuffer) {
        out.raw("{\"ts\":")
        LogTimestamp.write(timestamp, into: &out)
        out.raw(",\"level\":")
        out.string(level.rawValue)
        out.raw(",\"event\":")
        out.string(event)
        let leading = JSONLine.logKeys
        for key in leading.dropFirst(3) {
            guard let value = fields[key] else { continue }
            out.raw(",")
            out.string(key)
            out.raw(":")
            out.value(value, leading: leading)
        }
        // Key and value together, sorted by key: one pass over the fields instead of a lookup per key. No value
        // (`.none`, not JSON `null`) stands for the message.
        var rest: [(key: String, value: JSONValue?)] = []
        rest.reserveCapacity(fields.count + 1)
        for (key, value) in fields where !leading.contains(key) {
            rest.append((key, key == "msg" && hasMessage ? .none : .some(value)))
        }
        if hasMessage && fields["msg"] == nil { rest.append(("msg", .none)) }
        rest.sort { $0.key < $1.key }
        for (key, value) in rest {
            out.raw(",")
            out.string(key)
            out.raw(":")
            if let value {
                out.value(value, leading: leading)
            } else {
                out.string(message)
            }
        }
        out.raw("}")
    }

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
