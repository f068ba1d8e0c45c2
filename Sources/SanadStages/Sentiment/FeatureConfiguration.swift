/// Which features the linear model reads, and how many hash buckets they share; stored in the model file so a
/// model is always read with the features it was trained on.
public struct FeatureConfiguration: Codable, Hashable, Sendable {
    /// Buckets are `2^hashBits`.
    public var hashBits: Int
    /// Shortest and longest character n-gram, taken inside each word with boundary markers (`<كتاب>`).
    public var characterNGrams: ClosedRange<Int>
    /// Whether adjacent token pairs are features too (word bigrams).
    public var wordBigrams: Bool
    /// Whether each word's clitic-stripped stem (``ArabicClitics/stem(of:)``) is a feature too.
    public var stems: Bool

    /// The configuration the shipped model uses: 2^16 buckets, character 2–5-grams and word unigrams, no bigrams.
    ///
    /// Chosen by 5-fold cross-validation on ArSarcasm: 2^16 buckets score as 2^18 did (their 512 KB of weights stay in
    /// the processor's cache, so scoring is faster), word bigrams added nothing, and 2–4-grams scored lower.
    public init(hashBits: Int = 16, characterNGrams: ClosedRange<Int> = 2...5, wordBigrams: Bool = false, stems: Bool = false) {
        self.hashBits = hashBits
        self.characterNGrams = characterNGrams
        self.wordBigrams = wordBigrams
        self.stems = stems
    }

    private enum CodingKeys: String, CodingKey { case hashBits, characterNGrams, wordBigrams, stems }

    /// Reads a configuration; models written before stems existed lack the key and read as without stems.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        hashBits = try container.decode(Int.self, forKey: .hashBits)
        characterNGrams = try container.decode(ClosedRange<Int>.self, forKey: .characterNGrams)
        wordBigrams = try container.decode(Bool.self, forKey: .wordBigrams)
        stems = try container.decodeIfPresent(Bool.self, forKey: .stems) ?? false
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
