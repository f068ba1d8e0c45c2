/// A named-entity mention: a person, place, organization or other name in the original text.
///
/// Mentions of one real-world entity share ``entity`` (an identifier unique within the document) and
/// ``canonical`` (its fullest mention), which is how quote attribution resolves `السيسي` to
/// `عبد الفتاح السيسي`. The span excludes attached proclitics (`فرنسا` in `لفرنسا`).
public struct Entity: Hashable, Sendable, Codable, Spanned {
    public var start: Int
    public var end: Int
    /// The mention as written (the original text of ``span``).
    public var text: String
    /// The entity type.
    public var label: Label
    /// Identifier shared by all mentions of the same entity in this document.
    public var entity: String?
    /// The fullest name of the linked entity.
    public var canonical: String?
    /// The tagger's confidence in the label, in [0, 1], when it has one.
    public var confidence: Double?

    /// Creates a mention.
    public init(
        span: Span, text: String, label: Label, entity: String? = nil, canonical: String? = nil,
        confidence: Double? = nil
    ) {
        start = span.start
        end = span.end
        self.text = text
        self.label = label
        self.entity = entity
        self.canonical = canonical
        self.confidence = confidence
    }

    /// Entity types, following the ANERcorp scheme.
    public enum Label: String, Hashable, Sendable, Codable, CaseIterable {
        case person = "PERSON"
        case location = "LOCATION"
        case organization = "ORGANIZATION"
        case misc = "MISC"
    }
}
