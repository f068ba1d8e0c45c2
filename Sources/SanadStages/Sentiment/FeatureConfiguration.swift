/// Which features the linear model reads, and how many hash buckets they share; stored in the model file so a
/// model is always read with the features it was trained on.
public struct FeatureConfiguration: Codable, Hashable, Sendable {
    /// Buckets are `2^hashBits`.
    public var hashBits: Int
    /// Shortest and longest character n-gram, taken inside each word with boundary markers (`<كتاب>`).
    public var characterNGrams: ClosedRange<Int>
    /// Whether adjacent token pairs are features too (word bigrams).
    public var wordBigrams: Bool

    /// The configuration the shipped model uses: 2^16 buckets, character 2–5-grams and word unigrams, no bigrams.
    ///
    /// Chosen by 5-fold cross-validation on ArSarcasm: 2^16 buckets score as 2^18 did (their 512 KB of weights stay in
    /// the processor's cache, so scoring is faster), word bigrams added nothing, and 2–4-grams scored lower.
    public init(hashBits: Int = 16, characterNGrams: ClosedRange<Int> = 2...5, wordBigrams: Bool = false) {
        self.hashBits = hashBits
        self.characterNGrams = characterNGrams
        self.wordBigrams = wordBigrams
    }

    /// Number of hash buckets.
    public var bucketCount: Int { 1 << hashBits }

    /// Checks the values a model file may carry.
    func validate() throws(SentimentResourceError) {
        guard (8...24).contains(hashBits) else {
            throw SentimentResourceError("feature hashBits \(hashBits) is outside 8...24")
        }
        guard characterNGrams.lowerBound >= 1, characterNGrams.upperBound <= 8 else {
            throw SentimentResourceError("character n-grams \(characterNGrams) must lie within 1...8")
        }
    }
}
