/// The options of a stage: a `Codable` value whose every property has a default and a one-line doc.
///
/// `init()` gives the defaults. Pipelines override some keys in `with:`; the loader merges them over the defaults,
/// refuses keys that ``documentation`` does not list (with a "did you mean"), and points at the offending YAML value
/// when decoding fails. Encoding must produce the same keys as ``documentation`` (a test checks every registered
/// stage).
public protocol StageOptions: Codable, Sendable {
    /// The defaults.
    init()
    /// One entry per option key, in the order `sanad stages` lists them.
    static var documentation: [OptionDoc] { get }
}

/// What `sanad stages` says about one option.
public struct OptionDoc: Sendable, Hashable {
    /// The key as written in YAML.
    public let key: String
    /// The value's type as a user reads it (`string`, `bool`, `one of: remove, keep`).
    public let type: String
    /// One line saying what the option does.
    public let doc: String

    /// Documents option `key`, whose values have type `type`.
    public init<Value: OptionValue>(_ key: String, _ type: Value.Type, _ doc: String) {
        self.key = key
        self.type = Value.typeDescription
        self.doc = doc
    }
}

/// A type that option values may have, named the way a pipeline author reads it.
public protocol OptionValue {
    /// How `sanad stages` names the type.
    static var typeDescription: String { get }
}

extension String: OptionValue { public static var typeDescription: String { "string" } }
extension Bool: OptionValue { public static var typeDescription: String { "bool" } }
extension Int: OptionValue { public static var typeDescription: String { "integer" } }
extension Double: OptionValue { public static var typeDescription: String { "number" } }
extension Array: OptionValue where Element: OptionValue {
    public static var typeDescription: String { "list of \(Element.typeDescription)" }
}
extension Dictionary: OptionValue where Key == String, Value: OptionValue {
    public static var typeDescription: String { "mapping of string to \(Value.typeDescription)" }
}
extension Optional: OptionValue where Wrapped: OptionValue {
    public static var typeDescription: String { "\(Wrapped.typeDescription) (optional)" }
}

/// An option whose value is one of a few words (`remove`, `keep`).
///
/// Decoding anything else fails with "expected one of: remove, keep", which the pipeline loader shows at the value.
public protocol OptionChoice: OptionValue, CaseIterable, Codable, Sendable, RawRepresentable
where RawValue == String {}

extension OptionChoice {
    public static var typeDescription: String { "one of: " + allCases.map(\.rawValue).joined(separator: ", ") }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected one of: " + Self.allCases.map(\.rawValue).joined(separator: ", ")
                    + ", not '\(raw)'")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Options of a stage that has none.
public struct NoOptions: StageOptions {
    public init() {}
    public static var documentation: [OptionDoc] { [] }
}
