/// What sentiment scoring needs to know about one word, whatever its context: the summed model weights of the
/// word's own features (the word and its character n-grams, see ``FeatureHasher``) and which phrase tables it can
/// start a match in (see ``ArabicLexiconMatcher``). Computed once per word and kept in the ``WordCache``.
///
/// Packed in 16 bytes: the three class sums in lanes 0–2, and in lane 3 the number of features (bits 0–23) and the
/// ``Starts`` (bits 24–25). Sums of a word of at most ``WordCache/longestWord`` code points fit in 32 bits.
struct WordFacts: Sendable {
    /// Which tables a word can start a match in.
    struct Starts: OptionSet, Sendable {
        let rawValue: UInt8
        /// The word (or its stem) starts a lexicon entry.
        static let lexicon = Starts(rawValue: 1)
        /// The word (or it without a leading conjunction) starts a modifier entry.
        static let modifier = Starts(rawValue: 2)
    }

    private var packed = SIMD4<Int32>.zero

    /// No features, starting nothing.
    init() {}

    /// The facts of a word whose features sum to `sums` and that starts matches in `starts`.
    init(sums: FeatureSums, starts: Starts) {
        packed = SIMD4<Int32>(truncatingIfNeeded: sums.weights)
        packed[3] = Int32(sums.count) | Int32(starts.rawValue) << 24
    }

    /// The summed weights of the word's own features.
    @inline(__always)
    var sums: FeatureSums {
        var weights = SIMD4<Int64>(truncatingIfNeeded: packed)
        weights[3] = 0
        return FeatureSums(weights: weights, count: Int(packed[3] & 0xFF_FFFF))
    }

    /// The tables the word can start a match in.
    @inline(__always)
    var starts: Starts { Starts(rawValue: UInt8(truncatingIfNeeded: packed[3] >> 24)) }
}
