/// The name of an annotation layer that stages require and produce.
///
/// Built-in layers are the static members; a custom stage names its own (`Layer("quantities")`) and stores its
/// results in ``Document/extensions`` under that name. The pipeline loader uses these names to refuse a pipeline
/// whose stage needs a layer that no earlier stage produces.
public struct Layer: Hashable, Sendable, Codable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The layer's name as written in YAML, logs and `sanad stages`.
    public let rawValue: String

    /// Creates a layer name.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The normalized view of the text with its alignment map (``Document/normalized``).
    public static let normalized: Layer = "normalized"
    /// Word, number, punctuation, URL… tokens (``Document/tokens``).
    public static let tokens: Layer = "tokens"
    /// Sentence boundaries (``Document/sentences``).
    public static let sentences: Layer = "sentences"
    /// Named-entity mentions (``Document/entities``).
    public static let entities: Layer = "entities"
    /// Reported statements with their speakers (``Document/quotes``).
    public static let quotes: Layer = "quotes"
    /// Sentiment scores (``Document/sentiment``).
    public static let sentiment: Layer = "sentiment"
}
