import Foundation

/// Which features the linear model reads, and how many hash buckets they share; stored in the model file so a
/// model is always read with the features it was trained on.
public struct FeatureConfiguration: Codable, Hashable, Sendable {
    /// Buckets are `2^hashBits`.
    public var hashBits: Int
    /// Shortest and longest character n-gram, taken inside each word with boundary markers (`<كتاب>`).
    public var characterNGrams: ClosedRange<Int>
    /// Whether adjacent token pairs are features too (word bigrams).
    public var wordBigrams: Bool

    /// The configuration the shipped model uses: 2^18 buckets, character 2–5-grams, word unigrams and bigrams.
    public init(hashBits: Int = 18, characterNGrams: ClosedRange<Int> = 2...5, wordBigrams: Bool = true) {
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

/// A feature vector with few non-zero entries: distinct bucket indices (in order of first occurrence) and their
/// values.
struct SparseVector: Sendable, Hashable {
    /// Distinct bucket indices.
    var indices: [Int32]
    /// The value of each bucket.
    var values: [Float]

    /// The vector of `buckets` (one entry per feature occurrence, in any order): each bucket's value is
    /// `1 + ln(count)`, and the vector is scaled to unit length.
    ///
    /// Counting uses a small open-addressing table sized to the input, so it costs O(n) without sorting.
    static func counting(_ buckets: ArraySlice<Int32>) -> SparseVector {
        guard !buckets.isEmpty else { return SparseVector(indices: [], values: []) }
        var capacity = 16
        while capacity < 2 * buckets.count { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var indices: [Int32] = []
        var counts: [Int32] = []
        indices.reserveCapacity(buckets.count)
        counts.reserveCapacity(buckets.count)
        for bucket in buckets {
            var slot = Int(UInt32(bitPattern: bucket) &* 0x9E37_79B1) & mask
            while true {
                let entry = slots[slot]
                if entry < 0 {
                    slots[slot] = Int32(indices.count)
                    indices.append(bucket)
                    counts.append(1)
                    break
                }
                if indices[Int(entry)] == bucket {
                    counts[Int(entry)] += 1
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        var values = counts.map { $0 == 1 ? Float(1) : 1 + Float(log(Double($0))) }
        var norm: Float = 0
        for value in values { norm += value * value }
        let scale = 1 / norm.squareRoot()
        for position in values.indices { values[position] *= scale }
        return SparseVector(indices: indices, values: values)
    }
}

/// Turns tokens into hashed feature buckets: each token (URLs and mentions as placeholders), each pair of adjacent
/// tokens, and the character n-grams of each word and number with `<` `>` boundary markers.
struct FeatureHasher: Sendable {
    /// What to extract.
    let configuration: FeatureConfiguration

    private static let tokenSeed: UInt64 = 1
    private static let bigramSeed: UInt64 = 2
    private static let characterSeed: UInt64 = 3
    /// Marker values above the Unicode range, so they never collide with a real code point.
    private static let boundary: UInt32 = 0x11_0000
    private static let urlMarker: UInt32 = 0x11_0001
    private static let mentionMarker: UInt32 = 0x11_0002

    /// Appends the buckets of tokens `range` of `text` to `buckets`, leaving out the tokens at `skipping`
    /// (increasing indices: negated lexicon hits, which the lexicon scores instead).
    func appendBuckets(
        of text: ScannedText, tokens range: Range<Int>, skipping: [Int] = [], to buckets: inout [Int32]
    ) {
        let shift = UInt64(64 - configuration.hashBits)
        let ngrams = configuration.characterNGrams
        var previous: UInt64?
        var skip = skipping.startIndex
        for index in range {
            while skip < skipping.endIndex, skipping[skip] < index { skip += 1 }
            if skip < skipping.endIndex, skipping[skip] == index {
                previous = nil
                continue
            }
            let token = text.tokens[index]
            var hash = ScalarHash(seed: Self.tokenSeed)
            switch token.kind {
            case .url: hash.combine(Self.urlMarker)
            case .mention: hash.combine(Self.mentionMarker)
            default: hash.combine(text.scalars(of: token))
            }
            let tokenHash = hash.value
            buckets.append(Int32(truncatingIfNeeded: tokenHash >> shift))
            if configuration.wordBigrams, let previous {
                var pair = ScalarHash(seed: Self.bigramSeed)
                pair.combine(UInt32(truncatingIfNeeded: previous))
                pair.combine(UInt32(truncatingIfNeeded: previous >> 32))
                pair.combine(UInt32(truncatingIfNeeded: tokenHash))
                pair.combine(UInt32(truncatingIfNeeded: tokenHash >> 32))
                buckets.append(Int32(truncatingIfNeeded: pair.value >> shift))
            }
            previous = tokenHash
            guard token.kind == .word || token.kind == .number else { continue }
            // Character n-grams over <word>: position -1 and `length` are the boundary markers.
            let start = Int(token.start), length = token.length
            for first in -1..<(length + 1) {
                var gram = ScalarHash(seed: Self.characterSeed)
                var size = 0
                var position = first
                while size < ngrams.upperBound, position <= length {
                    gram.combine(position < 0 || position == length ? Self.boundary : text.folded[start + position])
                    size += 1
                    position += 1
                    if size >= ngrams.lowerBound { buckets.append(Int32(truncatingIfNeeded: gram.value >> shift)) }
                }
            }
        }
    }

    /// The feature vector of a whole scanned text, without the tokens at `skipping`.
    func vector(of text: ScannedText, skipping: [Int] = []) -> SparseVector {
        var buckets: [Int32] = []
        appendBuckets(of: text, tokens: 0..<text.tokens.count, skipping: skipping, to: &buckets)
        return SparseVector.counting(buckets[...])
    }
}
