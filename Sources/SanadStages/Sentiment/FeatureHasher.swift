/// Turns tokens into hashed feature buckets: each token (URLs and mentions as placeholders), each pair of adjacent
/// tokens, and the character n-grams of each word and number with `<` `>` boundary markers.
struct FeatureHasher: Sendable {
    /// What to extract.
    let configuration: FeatureConfiguration

    /// Seeds that separate the feature families; tokens are hashed with `tokenSeed` by ``SentimentScanner``.
    static let tokenSeed: UInt64 = 1
    private static let bigramSeed: UInt64 = 2
    private static let characterSeed: UInt64 = 3
    /// Marker values above the Unicode range, so they never collide with a real code point.
    private static let boundary: UInt32 = 0x11_0000
    static let urlMarker: UInt32 = 0x11_0001
    static let mentionMarker: UInt32 = 0x11_0002

    /// Calls `body` with the bucket of every feature occurrence of tokens `range` of `text`, leaving out the tokens at
    /// `skipping` (increasing indices: negated lexicon hits, which the lexicon scores instead).
    @inline(__always)
    func forEachBucket(
        of text: ScannedText, tokens range: Range<Int>, skipping: [Int] = [], _ body: (Int) -> Void
    ) {
        forEachToken(of: text, tokens: range, skipping: skipping) { _, token, previous in
            body(bucket(token.hash))
            if let previous { body(bigramBucket(previous, token.hash)) }
            if token.kind == .word || token.kind == .number { forEachCharacterGram(of: token, in: text, body) }
        }
    }

    /// The summed weights under `model` of the features of tokens `range` of `text` (as ``forEachBucket(of:tokens:
    /// skipping:_:)`` yields them), leaving out the tokens at `skipping`.
    ///
    /// A word's own features (the word and its character n-grams) depend on the word alone, so their sum comes
    /// ready from `facts` (indexed like `text.tokens`; see ``wordSums(of:in:model:)``); sums are integers, so the
    /// result is exactly the one of summing every feature.
    @inline(__always)
    func sums(
        of text: ScannedText, tokens range: Range<Int>, skipping: [Int], model: SentimentModel, facts: [WordFacts]
    ) -> FeatureSums {
        var sums = FeatureSums()
        forEachToken(of: text, tokens: range, skipping: skipping) { index, token, previous in
            if let previous { model.add(bigramBucket(previous, token.hash), to: &sums) }
            if token.kind == .word || token.kind == .number {
                // Facts hold sums in 32 bits, exact up to ``WordCache/longestWord`` code points; a longer word's
                // are summed again at full width.
                sums += token.length > WordCache.longestWord
                    ? wordSums(of: token, in: text, model: model) : facts[index].sums
            } else {
                model.add(bucket(token.hash), to: &sums)
            }
        }
        return sums
    }

    /// The summed weights under `model` of the features of word or number `token` alone: the word and its
    /// character n-grams.
    ///
    /// Every bucket is hashed before the first weight is fetched, so the fetches (scattered over the weight table,
    /// seldom in the processor's cache) overlap instead of waiting on each other.
    func wordSums(of token: ScannedText.Token, in text: ScannedText, model: SentimentModel) -> FeatureSums {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: wordBucketCapacity(of: token)) { buckets in
            let count = wordBuckets(of: token, in: text, into: buckets)
            return model.sums(of: UnsafeBufferPointer(rebasing: buckets[..<count]))
        }
    }

    /// The most buckets ``wordBuckets(of:in:into:)`` writes for `token`.
    @inline(__always)
    func wordBucketCapacity(of token: ScannedText.Token) -> Int {
        // At most `upperBound` n-grams start at each of the `length + 2` positions, plus the word's own feature.
        (token.length + 2) * configuration.characterNGrams.upperBound + 1
    }

    /// Writes the bucket of every feature of word or number `token` alone (the word, then its character n-grams) to
    /// the start of `buckets` (room for ``wordBucketCapacity(of:)``) and returns how many there are.
    @inline(__always)
    func wordBuckets(
        of token: ScannedText.Token, in text: ScannedText, into buckets: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        buckets[0] = bucket(token.hash)
        var count = 1
        forEachCharacterGram(of: token, in: text) { bucket in
            buckets[count] = bucket
            count += 1
        }
        return count
    }

    /// The feature vector of a whole scanned text, without the tokens at `skipping` (training's representation).
    func vector(of text: ScannedText, skipping: [Int] = []) -> SparseVector {
        var buckets: [Int32] = []
        forEachBucket(of: text, tokens: 0..<text.tokens.count, skipping: skipping) { buckets.append(Int32($0)) }
        return SparseVector.counting(buckets)
    }

    /// Calls `body` with the index of each kept token of `range`, the token, and the hash of the kept token before it
    /// when that one is adjacent and bigrams are on (a skipped token breaks the chain).
    @inline(__always)
    private func forEachToken(
        of text: ScannedText, tokens range: Range<Int>, skipping: [Int],
        _ body: (Int, ScannedText.Token, UInt64?) -> Void
    ) {
        var previous: UInt64?
        var skip = skipping.startIndex
        for index in range {
            while skip < skipping.endIndex, skipping[skip] < index { skip += 1 }
            if skip < skipping.endIndex, skipping[skip] == index {
                previous = nil
                continue
            }
            let token = text.tokens[index]
            body(index, token, configuration.wordBigrams ? previous : nil)
            previous = token.hash
        }
    }

    /// The bucket of a token hash.
    @inline(__always)
    private func bucket(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - configuration.hashBits)) }

    /// The bucket of the pair of adjacent tokens with hashes `previous` and `current`.
    @inline(__always)
    private func bigramBucket(_ previous: UInt64, _ current: UInt64) -> Int {
        var pair = ScalarHash(seed: Self.bigramSeed)
        pair.combine(UInt32(truncatingIfNeeded: previous))
        pair.combine(UInt32(truncatingIfNeeded: previous >> 32))
        pair.combine(UInt32(truncatingIfNeeded: current))
        pair.combine(UInt32(truncatingIfNeeded: current >> 32))
        return bucket(pair.value)
    }

    /// Calls `body` with the bucket of each character n-gram of `token` taken over `<token>` (position −1 and
    /// `length` are the boundary markers).
    @inline(__always)
    private func forEachCharacterGram(of token: ScannedText.Token, in text: ScannedText, _ body: (Int) -> Void) {
        let ngrams = configuration.characterNGrams
        let start = Int(token.start), length = token.length
        text.folded.withUnsafeBufferPointer { folded in
            for first in -1..<(length + 1) {
                var gram = ScalarHash(seed: Self.characterSeed)
                var size = 0
                var position = first
                while size < ngrams.upperBound, position <= length {
                    gram.combine(position < 0 || position == length ? Self.boundary : folded[start + position])
                    size += 1
                    position += 1
                    if size >= ngrams.lowerBound { body(bucket(gram.value)) }
                }
            }
        }
    }
}
