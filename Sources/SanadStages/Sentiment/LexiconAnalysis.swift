/// What the Arabic lexicon found in a stretch of text: each hit with its weight after modifiers, and the score
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

    /// How much of the sum saturates: `score = sum / sqrt(sum² + saturation)`, so one clear hit (weight 0.8) gives
    /// about 0.62 and several agreeing hits approach ±1.
    static let saturation = 1.0

    /// The hits' sum squashed into (-1, 1).
    static func score(sum: Double) -> Double {
        sum / (sum * sum + saturation).squareRoot()
    }

    /// This analysis's score in (-1, 1).
    var score: Double { Self.score(sum: sum) }
}
