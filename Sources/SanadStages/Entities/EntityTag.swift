import SanadCore

/// One label of the tagger's BIO scheme: outside any entity, or the first or a later token of an entity of a type.
///
/// Tags are small integers so the decoder and the weight tables index by them directly: 0 is outside, then
/// `B` and `I` for each ``Entity/Label`` in `allCases` order.
public struct EntityTag: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The tag's position in ``all``.
    public let index: Int

    private init(index: Int) { self.index = index }

    /// Outside any entity.
    public static let outside = EntityTag(index: 0)

    /// First token of an entity of type `label`.
    public static func begin(_ label: Entity.Label) -> EntityTag { EntityTag(index: 1 + 2 * labelIndex(label)) }

    /// A token that continues an entity of type `label`.
    public static func inside(_ label: Entity.Label) -> EntityTag { EntityTag(index: 2 + 2 * labelIndex(label)) }

    /// Every tag, in index order.
    public static let all: [EntityTag] = (0..<count).map { EntityTag(index: $0) }

    /// Number of tags: outside plus begin/inside for each of the four labels (1 + 2 × `Entity.Label.allCases.count`).
    ///
    /// A literal rather than computed from the labels, so that the optimizer knows it: the decoder's and the emission
    /// scorer's per-tag loops are then unrolled and vectorized (Viterbi decoding takes half the time).
    public static let count = 9

    /// The entity type, or `nil` for ``outside``.
    public var label: Entity.Label? { index == 0 ? nil : Entity.Label.allCases[(index - 1) / 2] }

    /// Whether the tag starts an entity.
    public var isBegin: Bool { index > 0 && index % 2 == 1 }

    /// Whether the tag continues an entity.
    public var isInside: Bool { index > 0 && index % 2 == 0 }

    /// Whether a tag may follow `previous` in a well-formed sequence (`nil` = sentence start):
    /// an inside tag only continues an entity of its own type.
    public func mayFollow(_ previous: EntityTag?) -> Bool {
        guard isInside else { return true }
        guard let previous, let label = previous.label else { return false }
        return label == self.label
    }

    /// Reads a tag as written in token-per-line files: `O`, `B-PERS`, `I-LOC`, `B-ORGANIZATION`, `B-GPE`…
    ///
    /// Types are read like `ner_score.py` reads them (PERSON/PER/PERS, LOCATION/LOC/GPE, ORGANIZATION/ORG, anything
    /// else is MISC); a tag that is not `B-…` or `I-…` is outside.
    public init(conll tag: Substring) {
        guard tag.count > 2, let first = tag.first, first == "B" || first == "I",
            tag[tag.index(after: tag.startIndex)] == "-"
        else {
            self = .outside
            return
        }
        let label = EntityTag.label(conllType: tag.dropFirst(2))
        self = first == "B" ? .begin(label) : .inside(label)
    }

    /// The entity type named by a type string of a token-per-line file or a scorer's output, as `ner_score.py`
    /// maps it.
    public static func label(conllType: Substring) -> Entity.Label {
        switch conllType.uppercased() {
        case "PERSON", "PER", "PERS": .person
        case "LOCATION", "LOC", "GPE": .location
        case "ORGANIZATION", "ORG": .organization
        default: .misc
        }
    }

    /// The token ranges and types of the entities in a tag sequence, read like conlleval and `ner_score.py`:
    /// an inside tag whose type differs from the open entity's starts a new one, and one after `O` starts one too.
    public static func mentions(in tags: [EntityTag]) -> [TokenMention] {
        var result: [TokenMention] = []
        var open: (start: Int, label: Entity.Label)?
        for (position, tag) in tags.enumerated() {
            let continues = tag.isInside && open?.label == tag.label
            if let current = open, !continues {
                result.append(TokenMention(tokens: current.start..<position, label: current.label))
                open = nil
            }
            if let label = tag.label, !continues { open = (position, label) }
        }
        if let current = open {
            result.append(TokenMention(tokens: current.start..<tags.count, label: current.label))
        }
        return result
    }

    /// The well-formed tag sequence of `count` tokens holding `mentions`.
    public static func tags(count: Int, mentions: [TokenMention]) -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: count)
        for mention in mentions {
            for position in mention.tokens {
                tags[position] = position == mention.tokens.lowerBound ? .begin(mention.label) : .inside(mention.label)
            }
        }
        return tags
    }

    public var description: String {
        guard let label else { return "O" }
        return (isBegin ? "B-" : "I-") + label.rawValue
    }

    public static func < (lhs: EntityTag, rhs: EntityTag) -> Bool { lhs.index < rhs.index }

    private static func labelIndex(_ label: Entity.Label) -> Int {
        switch label {
        case .person: 0
        case .location: 1
        case .organization: 2
        case .misc: 3
        }
    }
}

/// An entity as a range of token positions in a sentence, with its type.
public struct TokenMention: Hashable, Sendable {
    /// Positions of the entity's tokens.
    public var tokens: Range<Int>
    /// The entity type.
    public var label: Entity.Label

    /// Creates a mention over token positions `tokens`.
    public init(tokens: Range<Int>, label: Entity.Label) {
        self.tokens = tokens
        self.label = label
    }
}
