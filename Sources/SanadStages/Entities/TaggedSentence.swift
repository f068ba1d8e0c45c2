/// A sentence of a token-per-line training or gold file: its tokens as written and their entity tags.
public struct TaggedSentence: Hashable, Sendable {
    /// The tokens, as written in the file.
    public var tokens: [String]
    /// One well-formed BIO tag per token.
    public var tags: [EntityTag]

    /// Creates a sentence; the tags are made well-formed (an inside tag that continues nothing begins an entity),
    /// so `mentions` read the same as `ner_score.py` reads the file.
    public init(tokens: [String], tags: [EntityTag]) {
        precondition(tokens.count == tags.count, "one tag per token")
        self.tokens = tokens
        self.tags = EntityTag.tags(count: tags.count, mentions: EntityTag.mentions(in: tags))
    }

    /// The entities of the sentence, as token ranges.
    public var mentions: [TokenMention] { EntityTag.mentions(in: tags) }
}

extension Array where Element == TaggedSentence {
    /// Splits sentences into a training part and a development part made of the last `fraction` of the sentences
    /// (rounded down), the way this project carves its dev split from `anercorp-train.txt`.
    public func splitLast(fraction: Double) -> (train: [TaggedSentence], dev: [TaggedSentence]) {
        precondition(fraction >= 0 && fraction < 1, "the dev fraction must be in [0, 1)")
        let devCount = Int(Double(count) * fraction)
        return (Array(self[..<(count - devCount)]), Array(self[(count - devCount)...]))
    }
}
