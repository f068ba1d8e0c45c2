/// What the Arabic lexicon found in a stretch of text: each hit with its weight after modifiers, and the evidence
/// they add up to.
struct LexiconAnalysis: Sendable {
    /// One lexicon word or phrase that moved the score.
    struct Hit: Sendable, Hashable {
        /// The matched tokens' span in the original text (clitics included, as written).
        var start: Int32
        var end: Int32
        /// The lexicon weight.
        var base: Double
        /// The weight after negation, intensifiers and contrast.
        var weight: Double
        /// Original spans of the modifiers that changed the weight, in the order they applied.
        var modifiers: [Range<Int32>]
    }

    /// The hits in text order.
    var hits: [Hit] = []
    /// Indices (into the scanned tokens) of the tokens of hits whose polarity negation flipped, in increasing
    /// order: the model does not read them (see ``FeatureHasher``), since a polar word it learnt without its
    /// negation would pull the wrong way.
    var negatedTokens: [Int] = []

    /// Sum of the modified weights.
    var sum: Double { hits.reduce(0) { $0 + $1.weight } }

    /// The most the lexicon can add to or take from a log-probability, in units of lexicon weight: three strong
    /// hits' worth, so a long article's many hits cannot drown the model entirely.
    static let cap = 3.0

    /// The sum of modified weights clipped to ±``cap``: the evidence ``ScoreCombination`` adds in log space.
    var evidence: Double { max(-Self.cap, min(Self.cap, sum)) }
}
