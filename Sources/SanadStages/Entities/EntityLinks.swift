import SanadCore

/// The links of a document's entities, for stages that come after `entities` (quote attribution): which entity a
/// span names, either as one of its mentions or as a role phrase the text ties to a person.
///
/// Built from a document whose `entities` layer the `entities` stage filled:
/// ```swift
/// let links = EntityLinks(document)
/// if let id = links.entity(at: speakerSpan) { speaker.entity = id; speaker.canonical = links.canonical(of: id) }
/// ```
/// After `رئيس وزراء لبنان نجيب ميقاتي`, the phrase `رئيس الوزراء اللبناني` later in the text resolves to Mikati's
/// entity, and so does `رئيس الوزراء` alone when no other prime minister was introduced.
public struct EntityLinks: Sendable {
    /// A role phrase that stands for a person entity.
    public struct RoleReference: Hashable, Sendable, Spanned {
        public let start: Int
        public let end: Int
        /// The phrase as written.
        public let text: String
        /// The person's entity id.
        public let entity: String
        /// Whether the phrase introduces the person (a name follows it) rather than referring back to them.
        public let introduces: Bool
    }

    /// Every role phrase tied to a person, in text order.
    public let roleReferences: [RoleReference]
    private let mentions: [Entity]
    private let canonicalNames: [String: String]

    /// The links of `document`'s entities and tokens.
    public init(_ document: Document) {
        let mentions = document.entities.sorted { $0.span < $1.span }
        self.mentions = mentions
        var canonicalNames: [String: String] = [:]
        for mention in mentions {
            if let id = mention.entity, canonicalNames[id] == nil { canonicalNames[id] = mention.canonical ?? mention.text }
        }
        self.canonicalNames = canonicalNames
        roleReferences = EntityLinks.roleSpans(of: document, mentions: mentions).map { role in
            RoleReference(start: role.span.start, end: role.span.end, text: document.text(of: role.span),
                          entity: role.entity, introduces: role.introduces)
        }
    }

    /// A role phrase tied to a person, without its text: a ``RoleReference`` as quote attribution reads it.
    struct RoleSpan {
        /// The phrase's span, in original code points.
        let span: Span
        /// The person's entity id.
        let entity: String
        /// Whether the phrase introduces the person (a name follows it).
        let introduces: Bool
    }

    /// The role phrases of `document` tied to a person, in text order: ``roleReferences`` without their texts, nor
    /// the canonical names a full ``EntityLinks`` also collects, for a reader that needs only the phrases.
    static func roleSpans(of document: Document) -> [RoleSpan] {
        roleSpans(of: document, mentions: document.entities.sorted { $0.span < $1.span })
    }

    /// The role phrases of `document` tied to one of `mentions` (its entities, in text order).
    private static func roleSpans(of document: Document, mentions: [Entity]) -> [RoleSpan] {
        let text = TokenText(document)
        let forms = text.forms()
        let tokenSpans = document.tokens.map { $0.span }
        var mentionTokens: [(tokens: Range<Int>, label: Entity.Label)] = []
        var mentionIndex: [Int] = []
        for (index, mention) in mentions.enumerated() {
            guard let tokens = EntityEvaluation.covered(mention.span, in: tokenSpans) else { continue }
            mentionTokens.append((tokens, mention.label))
            mentionIndex.append(index)
        }
        let resolved = RolePhrases.resolve(
            forms: forms, word: { text.word(of: document.tokens[$0]) }, mentions: mentionTokens)
        return resolved.compactMap { resolved in
            let mention = mentions[mentionIndex[resolved.mention]]
            guard let entity = mention.entity else { return nil }
            let span = Span(start: EntityRecognizer.nameStart(of: document.tokens[resolved.phrase.tokens.lowerBound],
                                                              in: document.scalars),
                            end: document.tokens[resolved.phrase.tokens.upperBound - 1].end)
            return RoleSpan(span: span, entity: entity, introduces: resolved.phrase.introduces != nil)
        }
    }

    /// The entity that `span` names: the entity of a mention it overlaps, or else of a role phrase it overlaps;
    /// `nil` when it overlaps neither, or overlaps mentions of different entities.
    public func entity(at span: Span) -> String? {
        let named = Set(mentions.filter { $0.span.overlaps(span) }.compactMap(\.entity))
        if named.count == 1 { return named.first }
        guard named.isEmpty else { return nil }
        let roles = Set(roleReferences.filter { $0.span.overlaps(span) }.map(\.entity))
        return roles.count == 1 ? roles.first : nil
    }

    /// The canonical (fullest) name of entity `id`.
    public func canonical(of id: String) -> String? { canonicalNames[id] }

    /// The mentions of entity `id`, in text order.
    public func mentions(of id: String) -> [Entity] { mentions.filter { $0.entity == id } }
}
