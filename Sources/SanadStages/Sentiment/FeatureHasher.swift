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

    /// Calls `body` with the bucket of every feature occurrence of tokens `range` of `text`, leaving out the tokens at
    /// `skipping` (increasing indices: negated lexicon hits, which the lexicon scores instead).
    @inline(__always)
    func forEachBucket(
        of text: ScannedText, tokens range: Range<Int>, skipping: [Int] = [], _ body: (Int) -> Void
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
            body(Int(truncatingIfNeeded: tokenHash >> shift))
            if configuration.wordBigrams, let previous {
                var pair = ScalarHash(seed: Self.bigramSeed)
                pair.combine(UInt32(truncatingIfNeeded: previous))
                pair.combine(UInt32(truncatingIfNeeded: previous >> 32))
                pair.combine(UInt32(truncatingIfNeeded: tokenHash))
                pair.combine(UInt32(truncatingIfNeeded: tokenHash >> 32))
                body(Int(truncatingIfNeeded: pair.value >> shift))
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
                    if size >= ngrams.lowerBound { body(Int(truncatingIfNeeded: gram.value >> shift)) }
                }
            }
        }
    }

    /// The feature vector of a whole scanned text, without the tokens at `skipping` (training's representation).
    func vector(of text: ScannedText, skipping: [Int] = []) -> SparseVector {
        var buckets: [Int32] = []
        forEachBucket(of: text, tokens: 0..<text.tokens.count, skipping: skipping) { buckets.append(Int32($0)) }
        return SparseVector.counting(buckets)
    }
}
